/*
 * PyTorch's bundled Intel MKL asks this function whether the CPU is an Intel one and, on any other
 * vendor's CPU, runs its older generic kernels even when the CPU has AVX-512: on the AMD EPYC we
 * develop on, float32 matrix products ran at 160 GFLOPS instead of 370. Loaded first
 * (LD_PRELOAD), this answer makes MKL choose its kernels by the CPU's instruction sets, as it does
 * on Intel. MKL still checks which instruction sets the CPU has. ./chatdesk, .ci/run and the
 * Dockerfile build and load it on x86-64 Linux; see README "Speed on AMD CPUs".
 */
int mkl_serv_intel_cpu_true(void) { return 1; }
