#!/usr/bin/env bash
# Outpost set-up: install what is missing from Debian's packages, build, then run.
#   ./run.sh              install, build, launch the console (embedded engine + demo data)
#   ./run.sh test         install, build, run the whole test suite (ctest, GUI tests offscreen)
#   ./run.sh bench        install, build in Release, run every benchmark (one JSON line each)
#   ./run.sh screenshots  install, build, render every screen offscreen into docs/screenshots/
#   ./run.sh package      install, build in Release, make the .deb with cpack
#   ./run.sh deps         install the Debian packages only
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

mode=${1:-run}
shift || true

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Debian packages the build, the tests and the screenshots need.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev fakeroot
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libqt6opengl6-dev libgl-dev libxkbcommon-dev
  nlohmann-json3-dev libsimdjson-dev libgtest-dev libgmock-dev libssl-dev libboost-dev
  libhowardhinnant-date-dev tzdata libcli11-dev libspdlog-dev libsodium-dev liboath-dev
  xvfb xauth fonts-dejavu-core clang libclang-rt-14-dev
)
BACKPORTS_PACKAGES=(libsqlcipher-dev)

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

# Adds bookworm-backports with the mirror the machine's apt sources already name.
ensure_backports() {
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 1
  fi
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n1 || true)
  fi
  if [ -z "$uri" ]; then
    echo "run.sh: cannot find a Debian mirror in the apt sources to add bookworm-backports" >&2
    exit 1
  fi
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" | $SUDO tee /etc/apt/sources.list.d/outpost-backports.sources >/dev/null
  return 0
}

install_dependencies() {
  local need need_bp updated=0
  need=$(missing_packages "${PACKAGES[@]}")
  need_bp=$(missing_packages "${BACKPORTS_PACKAGES[@]}")
  # The SQLCipher we need is 4.x; bookworm's own 3.4 does not count.
  if [ -z "$need_bp" ] && ! dpkg-query -W -f='${Version}' libsqlcipher-dev | grep -q '^4'; then
    need_bp="libsqlcipher-dev"
  fi
  [ -z "$need" ] && [ -z "$need_bp" ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  if [ -n "$need_bp" ]; then
    ensure_backports || true
  fi
  $SUDO apt-get update -qq && updated=1
  if [ -n "$need" ]; then
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $need
  fi
  if [ -n "$need_bp" ]; then
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports $need_bp
  fi
  [ "$updated" = 1 ] || true
}

configure_and_build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

install_dependencies
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/outpost-ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}  # cache hits across checkouts in other folders

case "$mode" in
  deps)
    ;;
  run)
    configure_and_build default
    exe=build/default/app/outpost/outpost
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset)."
      echo "  The console needs a screen. Run ./run.sh on a desktop session (or with X forwarding),"
      echo "  or render every screen offscreen from the demo data: ./run.sh screenshots"
      exit 2
    fi
    exec "$exe" --demo "$@"
    ;;
  test)
    configure_and_build default
    QT_QPA_PLATFORM=offscreen ctest --preset default "$@"
    ;;
  bench)
    configure_and_build bench
    for b in build/bench/bench/bench_*; do
      [ -x "$b" ] && "$b" "$@"
    done
    ;;
  screenshots)
    configure_and_build default
    QT_QPA_PLATFORM=offscreen build/default/app/outpost/outpost --demo --screenshots docs/screenshots "$@"
    ;;
  package)
    configure_and_build release
    (cd build/release && cpack -G DEB)
    ;;
  *)
    echo "usage: ./run.sh [run|test|bench|screenshots|package|deps]" >&2
    exit 64
    ;;
esac
