#!/bin/sh
# Install the Kefu Assistant bundle (dist/kefu from installer/kefu.spec) for one user or
# for everyone, with a menu entry and an icon.  The user's data (library, backups) is
# never touched, also not by --uninstall.
#
#   installer/linux/install.sh [--system] [--uninstall] [BUNDLE_DIR]
#
#   default      ~/.local/lib/kefu-assistant, ~/.local/bin/kefu, ~/.local/share/...
#   --system     /opt/kefu-assistant, /usr/local/bin/kefu, /usr/local/share/... (run as root)
#   PREFIX=DIR   overrides the share/bin prefix (tests, packagers)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
system=0
uninstall=0
bundle=""
for arg in "$@"; do
    case "$arg" in
        --system) system=1 ;;
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        -*) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
        *) bundle=$arg ;;
    esac
done

if [ "$system" = 1 ]; then
    prefix=${PREFIX:-/usr/local}
    app_dir=${APP_DIR:-/opt/kefu-assistant}
else
    prefix=${PREFIX:-$HOME/.local}
    app_dir=${APP_DIR:-$prefix/lib/kefu-assistant}
fi
bin_link=$prefix/bin/kefu
desktop_file=$prefix/share/applications/kefu-assistant.desktop
icon_file=$prefix/share/icons/hicolor/scalable/apps/kefu-assistant.svg

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$app_dir"
    rm -f "$bin_link" "$desktop_file" "$icon_file"
    # the login entry the app may have written (Settings > start at login)
    rm -f "${XDG_CONFIG_HOME:-$HOME/.config}/autostart/kefu-assistant.desktop"
    refresh_menus
    echo "Kefu Assistant removed from $app_dir (your library and backups are kept)"
    exit 0
fi

bundle=${bundle:-$here/../../dist/kefu}
if [ ! -x "$bundle/kefu" ]; then
    echo "install.sh: no bundle at $bundle (build it: pyinstaller --noconfirm installer/kefu.spec)" >&2
    exit 1
fi
bundle=$(cd "$bundle" && pwd)

mkdir -p "$(dirname "$app_dir")" "$prefix/bin" "$(dirname "$desktop_file")" "$(dirname "$icon_file")"
rm -rf "$app_dir.new"
cp -a "$bundle" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/kefu" "$bin_link"
icon=$app_dir/_internal/resources/icons/kefu.svg
[ -f "$icon" ] || icon=$here/kefu-assistant.svg
cp "$icon" "$icon_file"
sed "s|^Exec=.*|Exec=\"$app_dir/kefu\"|" "$here/kefu.desktop" > "$desktop_file"
refresh_menus

if ! QT_QPA_PLATFORM=offscreen "$app_dir/kefu" --self-test >/dev/null 2>&1; then
    echo "install.sh: installed, but the self-test failed; run: $app_dir/kefu --self-test" >&2
    exit 1
fi
echo "Kefu Assistant installed in $app_dir; start it from the menu or with: $bin_link"
