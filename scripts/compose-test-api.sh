# Sourced by scripts/compose-test.sh when its `dashboard=1`: the sample goes through the REST API as a publisher's
# system would use it. The operator creates the publisher and its API token with the CLI; then, with the bearer token
# only: upload the book, create the render, follow it, download the M4B. Sets render_id, chapters_expected, m4b_local.
api="http://127.0.0.1:$port/api/v1"
cli publisher add "CI Books" --slug ci-books >/dev/null
umask 077
# The token travels in a header file, never on a command line or in the log.
printf 'Authorization: Bearer %s\n' "$(cli token create --publisher ci-books --name compose-test)" >"$work/auth.header"
umask 022
log "publisher ci-books added, API token created (kept in a private header file, not shown)"
api_call() { curl -fsS --max-time 60 -H @"$work/auth.header" "$@"; }
book_id=$(api_call -F "file=@$book" "$api/books" | jq -r '.id')
[ -n "$book_id" ] && [ "$book_id" != null ] || { echo "compose-test.sh: uploading $book through the API failed" >&2; exit 1; }
log "uploaded $book through the API: book $book_id"
render_id=$(api_call -H 'Content-Type: application/json' -d "{\"bookId\":\"$book_id\"}" "$api/renders" | jq -r '.id')
[ -n "$render_id" ] && [ "$render_id" != null ] || { echo "compose-test.sh: creating the render through the API failed" >&2; exit 1; }
log "render $render_id created through the API"
state=""
for ((i = 0; i < 450; i++)); do
  api_call "$api/renders/$render_id" >"$work/render.json"
  state=$(jq -r '.state' "$work/render.json")
  case "$state" in succeeded|failed|cancelled) break ;; esac
  sleep 2
done
[ "$state" = succeeded ] || { jq . "$work/render.json" >&2; echo "compose-test.sh: render $render_id ended '$state'" >&2; exit 1; }
chapters_expected=$(jq -r '.chaptersTotal' "$work/render.json")
m4b_name=$(jq -r '.m4bFile' "$work/render.json")
log "render $render_id succeeded in $((SECONDS - render_started))s: $chapters_expected chapters"
m4b_local="$work/$(basename "$m4b_name")"
api_call -o "$m4b_local" "$api/renders/$render_id/files/$(jq -rn --arg n "$m4b_name" '$n | @uri')"
log "downloaded $m4b_name through the API"
