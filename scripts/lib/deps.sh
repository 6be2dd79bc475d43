# shellcheck shell=bash
# The one list of Debian 12 / Ubuntu packages that building, testing and running AlumniDesk needs, and the
# function that installs whichever are missing. Sourced by scripts/run and scripts/test so they never drift.
# Why each is here: /work/shared/QT-ON-DEBIAN.md (Charts needs libqt6opengl6-dev; the SQLite driver and the
# platform plugins load at run time; without a CJK font every Japanese character is an empty box).

ALUMNIDESK_APT_PACKAGES=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # CPack DEB with shlibdeps
    file dpkg-dev
    # Qt 6.4: Core/Gui/Widgets/Sql/Network/PrintSupport/Test, Charts (+ its OpenGL dependency),
    # lupdate/lrelease for qt_add_translations
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libxkbcommon-dev
    # loaded at run time: the SQLite driver, the platform plugins, Qt's own translations
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
    # SQLite (the core links it directly; sqlite3 is the shell, handy for inspecting a roster)
    libsqlite3-dev sqlite3
    # OpenSSL's libcrypto: the SHA-256 of an imported file (Qt's own is four times slower)
    libssl-dev
    # Japanese glyphs on screen and in PDFs
    fonts-ipafont-gothic
    # pdftotext, pdffonts, pdftoppm: tst_kpireport reads the PDF report's text and fonts with them
    poppler-utils
    # a virtual display: xvfb-run -a scripts/run on a machine without one
    xvfb xauth
)

# Prints the packages from ALUMNIDESK_APT_PACKAGES that dpkg does not report as installed, one per line.
alumnidesk_missing_packages() {
    local pkg status
    for pkg in "${ALUMNIDESK_APT_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        if [[ "$status" != installed ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Installs the missing packages (apt-get update first, only when something is missing): as root directly,
# otherwise through sudo. Without either, prints the command to run and exits 1.
alumnidesk_ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "alumnidesk: not a Debian/Ubuntu system (no dpkg-query); make sure the equivalents of these are" \
             "installed, then run again:" >&2
        echo "  ${ALUMNIDESK_APT_PACKAGES[*]}" >&2
        return 0
    fi

    local missing
    mapfile -t missing < <(alumnidesk_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    echo "alumnidesk: ${#missing[@]} package(s) missing: ${missing[*]}"
    local -a sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "alumnidesk: these packages are missing and this script is neither root nor able to use sudo." >&2
            echo "Run this as root, then run the script again:" >&2
            echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
    fi

    # A failing third-party list (apt-get update exits 100) need not stop the install from Debian's own.
    echo "alumnidesk: installing them with ${sudo[*]:+sudo }apt-get"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update ||
        echo "alumnidesk: apt-get update reported errors; trying the install anyway" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"

    mapfile -t missing < <(alumnidesk_missing_packages)
    if ((${#missing[@]} != 0)); then
        echo "alumnidesk: still missing after apt-get install: ${missing[*]}" >&2
        exit 1
    fi
}

# Goes to the repository root (the parent of scripts/), whatever the caller's current directory.
alumnidesk_cd_root() {
    cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." || exit 1
}

# Builds with one job per core unless the caller chose (CMAKE_BUILD_PARALLEL_LEVEL is read by cmake --build).
alumnidesk_build_parallelism() {
    if [[ -z "${CMAKE_BUILD_PARALLEL_LEVEL:-}" ]]; then
        CMAKE_BUILD_PARALLEL_LEVEL=$(nproc 2>/dev/null || echo 2)
    fi
    export CMAKE_BUILD_PARALLEL_LEVEL
}
