#!/bin/sh
# Entrypoint of the audiobook and dashboard images: chooses the TTS engine, then runs its arguments. The compose stack's
# local TTS server (LOCAL_TTS_URL, LOCAL_TTS_API_KEY) is the engine unless DASHSCOPE_API_KEY is set: then the real
# service, as with scripts/serve.sh. Compose files cannot express "this value unless that one is set", so the choice is
# made here, once, before the program starts (exec: the program is PID 1 and gets Docker's SIGTERM itself).
if [ -z "${DASHSCOPE_API_KEY:-}" ] && [ -n "${LOCAL_TTS_URL:-}" ]; then
  export AUDIOBOOK__Tts__BaseUrl="$LOCAL_TTS_URL"
  export AUDIOBOOK__Tts__ApiKey="${LOCAL_TTS_API_KEY:-}"
fi
unset LOCAL_TTS_URL LOCAL_TTS_API_KEY
exec "$@"
