#!/bin/sh
# Builds the Teams app package (manifest.json + icons at the zip root) with the bot's app id and public host.
#   manifest/teams/make-package.sh <Teams:AppId> <host> [out.zip]
# e.g. manifest/teams/make-package.sh "$Teams__AppId" bot.example.com
# or, from the repository's appsettings.json:
#   manifest/teams/make-package.sh "$(python3 -c 'import json;print(json.load(open("appsettings.json"))["Teams"]["AppId"])')" bot.example.com
set -eu
app_id="${1:?usage: make-package.sh <Teams:AppId> <host> [out.zip]}"
host="${2:?usage: make-package.sh <Teams:AppId> <host> [out.zip]}"
out="${3:-crocodial-teams.zip}"
here="$(cd "$(dirname "$0")" && pwd)"
case "$host" in *[!A-Za-z0-9.:-]*) echo "host must be a bare host name such as bot.example.com" >&2; exit 2;; esac
case "$app_id" in *[!A-Fa-f0-9-]*) echo "Teams:AppId must be a GUID" >&2; exit 2;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/{{TEAMS_APP_ID}}/$app_id/g" -e "s/{{BOT_HOST}}/$host/g" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
(cd "$work" && python3 -m zipfile -c package.zip manifest.json color.png outline.png)
mv "$work/package.zip" "$out"
echo "$out"
