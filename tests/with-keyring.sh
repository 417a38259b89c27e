#!/bin/sh
# Runs a test with a real Secret Service: a gnome-keyring daemon, unlocked with a throw-away
# password, in a throw-away home, on the private session bus that dbus-run-session gives this
# script (the daemon ends with the bus).
export HOME="$(mktemp -d)"
printf 'pilar-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
"$@"
rc=$?
rm -rf "$HOME"
exit $rc
