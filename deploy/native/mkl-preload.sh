# Sourced by ./chatdesk and .ci/run: on an x86-64 Linux machine with an AMD (or other non-Intel)
# CPU and a C compiler, builds deploy/native/mkl-intel-cpu.c once into target/ and adds it to
# LD_PRELOAD, so PyTorch's MKL uses the CPU's fast kernels (see that file). Elsewhere, or without
# a compiler, it does nothing and says why on standard error.
chatdesk_mkl_preload() {
  local root="$1" source library
  source="$root/deploy/native/mkl-intel-cpu.c"
  library="$root/target/native/libchatdesk-mkl-intel-cpu.so"
  [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || return 0
  grep -q -m1 'vendor_id.*GenuineIntel' /proc/cpuinfo 2>/dev/null && return 0
  if [ ! -f "$library" ] || [ "$source" -nt "$library" ]; then
    if ! command -v cc >/dev/null 2>&1; then
      echo "chatdesk: no C compiler, so PyTorch's MKL keeps its slow kernels on this non-Intel CPU (install gcc to speed training and serving up)" >&2
      return 0
    fi
    mkdir -p "$(dirname "$library")"
    cc -shared -fPIC -O2 -o "$library" "$source" || return 0
  fi
  case ":${LD_PRELOAD:-}:" in
    *":$library:"*) ;;
    *) export LD_PRELOAD="$library${LD_PRELOAD:+:$LD_PRELOAD}" ;;
  esac
}
