#!/usr/bin/env bash
# End-to-end check of the install route the README gives (issue 18): build the wheel,
# install it with pipx into a fresh home directory, run `desktop-integration install
# --user`, then open a workshop file through `gio open` under Xvfb and wait until the app
# has it open (its -session file appears). Needs network access to PyPI (pipx installs the
# dependencies), xvfb and libglib2.0-bin (gio). Not part of `make test`: about 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${app:-0}" "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 -m venv "$work/tools"
"$work/tools/bin/pip" install -q pipx build
"$work/tools/bin/python" -m build --wheel --outdir "$work/dist" . >/dev/null
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
export PIPX_HOME="$HOME/.local/pipx" PIPX_BIN_DIR="$HOME/.local/bin" PATH="$HOME/.local/bin:$PATH"
mkdir -p "$HOME"
"$work/tools/bin/pipx" install "$work"/dist/*.whl >/dev/null
persona-workshop desktop-integration install --user
persona-workshop import-json resources/demo/budgeting-app.json -o "$work/w.pwshop"
test "$(xdg-mime query default application/x-persona-workshop)" = org.personaworkshop.PersonaWorkshop.desktop
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=:77 gio open "$work/w.pwshop" &
for _ in $(seq 1 60); do
  [ -e "$work/w.pwshop-session" ] && break
  sleep 0.5
done
test -e "$work/w.pwshop-session" || { echo "the app did not open the file"; exit 1; }
app=$(pgrep -f "pipx/venvs/persona-workshop/.*w.pwshop")
kill -TERM "$app"  # closes the workshop as a logout would
for _ in $(seq 1 20); do [ -e "$work/w.pwshop-session" ] || break; sleep 0.5; done
test ! -e "$work/w.pwshop-session" || { echo "the app did not close the workshop"; exit 1; }
echo "pipx install, desktop integration and gio open: ok"
