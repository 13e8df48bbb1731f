/* simulated_gpu.h — an OpenCL implementation with one simulated GPU and no execution,
 * linked in place of libOpenCL so that the library's own code chooses the build options
 * and the sources it would hand to a real GPU's compiler (bench/gpu-model). */
#ifndef CLACT_SIMULATED_GPU_H
#define CLACT_SIMULATED_GPU_H

#include "clact.h"

/* The build options of the last clBuildProgram (empty before the first). */
const char *simulated_gpu_last_options(void);
/* The concatenated sources of the last clCreateProgramWithSource; NULL before it. */
const char *simulated_gpu_last_sources(void);

#endif
