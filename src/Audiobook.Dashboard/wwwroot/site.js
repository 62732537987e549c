// The only script of the dashboard: the voice preview button and a render page's live progress. Everything else is
// plain server-rendered HTML and forms (docs/dashboard.md says why).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const preview = document.getElementById("preview");
  if (preview) {
    preview.addEventListener("click", () => {
      const voice = document.getElementById("voice").value;
      const audio = document.getElementById("preview-audio");
      const query = new URLSearchParams({ model: preview.dataset.model, voice: voice });
      audio.src = `/books/${preview.dataset.book}/preview?${query}`;
      audio.play().catch(() => { /* autoplay may be blocked; the controls are there */ });
    });
  }

  const render = document.getElementById("render");
  if (render && render.dataset.finished !== "true") {
    follow(render.dataset.render);
  }
});

// Progress comes from the render's rows in PostgreSQL via server-sent events; EventSource reconnects on its own after
// a network blip or a dashboard restart, and the next event carries the whole state again.
function follow(id) {
  const source = new EventSource(`/renders/${id}/events`);
  const apply = (event) => update(id, JSON.parse(event.data));
  source.addEventListener("progress", apply);
  source.addEventListener("done", (event) => {
    source.close();
    apply(event);
    refreshDownloads();
  });
}

function update(id, render) {
  document.getElementById("render-state").textContent = render.state;
  document.getElementById("render-progress").value = render.progress;
  document.getElementById("render-percent").textContent = `${Math.round(render.progress * 100)}%`;
  document.getElementById("render-error").textContent = render.error ?? "";
  document.getElementById("render-billed").textContent =
    `${render.billedCharacters.toLocaleString("en")} of an estimated ${render.estimatedBilledCharacters.toLocaleString("en")} characters, ${render.cost} ${render.currency}`;
  const body = document.querySelector("#render-chapters tbody");
  for (const chapter of render.chapters ?? []) {
    let row = body.querySelector(`tr[data-chapter="${chapter.index}"]`);
    if (!row) {
      row = document.createElement("tr");
      row.dataset.chapter = chapter.index;
      for (const name of ["num", "title", "state", "num progress", "num attempts", "listen", "actions"]) {
        const cell = document.createElement("td");
        cell.className = name;
        row.appendChild(cell);
      }
      row.cells[0].textContent = chapter.index;
      row.cells[1].textContent = chapter.title;
      body.appendChild(row);
    }
    row.querySelector(".state").textContent = chapter.state;
    row.querySelector(".progress").textContent = `${Math.round(chapter.progress * 100)}%`;
    row.querySelector(".attempts").textContent = chapter.attempts;
    const listen = row.querySelector(".listen");
    const mp3 = (chapter.files ?? []).find((f) => f.toLowerCase().endsWith(".mp3"));
    if (chapter.state === "succeeded" && mp3 && !listen.querySelector("audio")) {
      const audio = document.createElement("audio");
      audio.controls = true;
      audio.preload = "metadata";
      audio.src = `/renders/${id}/files/${mp3}`;
      listen.appendChild(audio);
    }
  }
}

// When the render has finished, the downloads, the latest events and each chapter's re-render button (a form with its
// antiforgery token) are read again from the page (a fetch, not a reload, so a chapter playing keeps playing), and the
// cancel button goes.
async function refreshDownloads() {
  const response = await fetch(window.location.href, { credentials: "same-origin" });
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  for (const id of ["downloads", "events"]) {
    const fresh = page.getElementById(id);
    if (fresh) {
      document.getElementById(id).replaceWith(fresh);
    }
  }
  for (const fresh of page.querySelectorAll("#render-chapters tr[data-chapter] td.actions")) {
    const row = document.querySelector(`#render-chapters tr[data-chapter="${fresh.parentElement.dataset.chapter}"]`);
    row?.querySelector("td.actions")?.replaceWith(document.importNode(fresh, true));
  }
  document.getElementById("cancel-form")?.remove();
}
