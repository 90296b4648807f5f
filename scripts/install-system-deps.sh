#!/usr/bin/env bash
# Installs the system packages that give WebGPU a real device on a machine without a GPU:
# Mesa's lavapipe Vulkan driver (Mesa >= 25, from bookworm-backports on Debian 12), the EGL /
# OpenGL ES libraries for the compatibility-mode fallback, Chromium for browser tests, and Debian's PyTorch and
# ONNX for the export tests (the exported programs are checked against onnx's checker and run under torch).
# Idempotent: when everything is already installed it runs no apt command at all.
#
# Usage: bash scripts/install-system-deps.sh [--no-chromium]
#   --no-chromium (or MDLC_SKIP_CHROMIUM=1)  skip the Chromium package
# See shared notes "webgpu-on-cpu.md" for why each package is needed.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

SKIP_CHROMIUM="${MDLC_SKIP_CHROMIUM:-0}"
for arg in "$@"; do
  case "$arg" in
    --no-chromium) SKIP_CHROMIUM=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install-system-deps: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

log() { echo "install-system-deps: $*"; }

# Mesa older than this has a lavapipe that Dawn's Vulkan backend rejects (requestAdapter() -> null).
MIN_MESA=25
VULKAN_PKGS=(libvulkan1 mesa-vulkan-drivers)
GLES_PKGS=(libegl1 libgles2 libegl-mesa0)
OTHER_PKGS=(python3-torch python3-onnx)
[ "$SKIP_CHROMIUM" = 1 ] || OTHER_PKGS+=(chromium)

SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -E); else
    log "must run as root (or with sudo available)" >&2; exit 1
  fi
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }
version_of() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
mesa_ok() {
  installed mesa-vulkan-drivers &&
    dpkg --compare-versions "$(version_of mesa-vulkan-drivers)" ge "$MIN_MESA"
}

missing=()
for p in "${VULKAN_PKGS[@]}" "${GLES_PKGS[@]}" "${OTHER_PKGS[@]}"; do
  installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ] && mesa_ok; then
  log "all present (mesa-vulkan-drivers $(version_of mesa-vulkan-drivers)); nothing to do"
  exit 0
fi
if installed mesa-vulkan-drivers && ! mesa_ok; then missing+=("mesa-vulkan-drivers>=$MIN_MESA"); fi
log "to install: ${missing[*]}"

command -v apt-get >/dev/null 2>&1 || { log "apt-get not found: only Debian/Ubuntu are supported" >&2; exit 1; }
codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"

# Where to take the Vulkan driver from: Debian 12's own Mesa (22.3) is too old, so use its backports suite.
TARGET=()
need_update=0
if [ "$codename" = bookworm ]; then
  TARGET=(-t bookworm-backports)
  if grep -rqsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "bookworm-backports already enabled"
  else
    src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ] && grep -q '^Suites:.*bookworm-updates' "$src"; then
      # The backup goes outside sources.list.d, where apt would complain about its extension.
      log "enabling bookworm-backports in $src (backup in /etc/apt/debian.sources.before-backports)"
      "${SUDO[@]}" cp "$src" /etc/apt/debian.sources.before-backports
      "${SUDO[@]}" sed -i '/^Suites:.*bookworm-updates/ s/$/ bookworm-backports/' "$src"
    else
      dst=/etc/apt/sources.list.d/bookworm-backports.sources
      log "writing $dst"
      printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm-backports' \
        'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
        "${SUDO[@]}" tee "$dst" >/dev/null
    fi
    need_update=1
  fi
  apt-cache policy mesa-vulkan-drivers 2>/dev/null | grep -q 'bookworm-backports' || need_update=1
fi

# Refresh the package lists only when something is missing from them (or they are empty).
for p in "${missing[@]}"; do
  p="${p%%>=*}"
  apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [^(]' || need_update=1
done
updated=0
apt_update() { log "apt-get update"; "${SUDO[@]}" apt-get update -qq; updated=1; }
if [ "$need_update" = 1 ]; then apt_update; else
  log "package lists already know these packages; skipping apt-get update"
fi

# Installs quietly; if that fails on stale package lists (a 404 on a superseded .deb), update once and retry.
apt_install() {
  local cmd=("${SUDO[@]}" apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "$@")
  "${cmd[@]}" >/dev/null && return 0
  [ "$updated" = 0 ] || return 1
  log "install failed; refreshing package lists and retrying"
  apt_update
  "${cmd[@]}" >/dev/null
}

log "installing ${VULKAN_PKGS[*]} ${GLES_PKGS[*]} ${TARGET[*]:+(${TARGET[*]})}"
# One transaction, so that the Mesa libraries (Vulkan driver and EGL) come from the same release.
apt_install "${TARGET[@]}" "${VULKAN_PKGS[@]}" "${GLES_PKGS[@]}"

if [ ${#OTHER_PKGS[@]} -gt 0 ]; then
  log "installing ${OTHER_PKGS[*]}"
  apt_install "${OTHER_PKGS[@]}"
else
  log "skipping chromium"
fi

if mesa_ok; then
  log "done: mesa-vulkan-drivers $(version_of mesa-vulkan-drivers), libvulkan1 $(version_of libvulkan1)"
else
  log "mesa-vulkan-drivers is $(version_of mesa-vulkan-drivers), older than $MIN_MESA: WebGPU will use the OpenGL ES fallback" >&2
fi
