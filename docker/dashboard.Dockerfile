# The publishers' dashboard and REST API (src/Audiobook.Dashboard) on port 8080. It reads books and queries the service,
# but never renders, so it needs neither ffmpeg nor espeak-ng. Build from the repository root:
#   docker build -f docker/dashboard.Dockerfile -t audiobook-dashboard .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS projects
WORKDIR /src
COPY . .
RUN find . -type f ! \( -name '*.csproj' -o -name 'Directory.Build.props' -o -name 'Directory.Packages.props' -o -name 'global.json' \) -delete

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY --from=projects /src .
RUN dotnet restore src/Audiobook.Dashboard/Audiobook.Dashboard.csproj
# Only what the build reads, so an edit to docker/ or a document leaves the publish layer cached.
COPY .editorconfig BannedSymbols.txt Directory.Build.props Directory.Packages.props global.json ./
COPY config/ config/
COPY src/ src/
COPY jobs/ jobs/
RUN dotnet publish src/Audiobook.Dashboard/Audiobook.Dashboard.csproj -c Release --no-restore -o /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /out .
# Voice previews and custom voices go to the configured TTS service: the same choice as the workers'.
COPY docker/tts-entrypoint.sh /usr/local/bin/tts-entrypoint
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["tts-entrypoint", "dotnet", "Audiobook.Dashboard.dll"]
