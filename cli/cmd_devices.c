/* cmd_devices.c — `clact devices`: every platform and device with its index and the
 * default marked. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: clact devices [--device SPEC]\n\n"
    "Lists OpenCL platforms and devices as P:D indices (usable as --device P:D\n"
    "or CLACT_DEVICE=P:D) and marks with '*' the device clact picks: the one SPEC\n"
    "selects, else CLACT_DEVICE's, else the default (the first GPU, else the first\n"
    "CPU). Exits 1 when SPEC (or CLACT_DEVICE) selects no device.\n";

static const cli_command DEVICES = {.name = "devices", .takes = CLI_DEVICE, .usage = USAGE};

int cmd_devices(int argc, char **argv) {
  cli_options o;
  const int parsed = cli_parse(&DEVICES, argc, argv, &o, NULL);
  if (parsed != CLI_PROCEED) return parsed;
  const char *device = o.device;
  cl_platform_id platforms[16];
  cl_uint np = 0;
  if (clGetPlatformIDs(16, platforms, &np) != CL_SUCCESS || np == 0) {
    fprintf(stderr,
            "clact: no OpenCL platform found (is an ICD such as pocl-opencl-icd installed?)\n");
    return EXIT_FAILED;
  }
  /* The default, as the library resolves it; why not, when it resolves none. */
  cl_device_id chosen = NULL;
  clact_context *ctx = NULL;
  const clact_status st = clact_context_create(&ctx, device);
  if (st == CLACT_SUCCESS) clact_context_device(ctx, &chosen);
  for (cl_uint p = 0; p < np && p < 16; ++p) {
    char pname[256] = "", pver[256] = "";
    clGetPlatformInfo(platforms[p], CL_PLATFORM_NAME, sizeof pname, pname, NULL);
    clGetPlatformInfo(platforms[p], CL_PLATFORM_VERSION, sizeof pver, pver, NULL);
    printf("platform %u: %s (%s)\n", p, pname, pver);
    cl_device_id devices[64];
    cl_uint nd = 0;
    if (clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, 64, devices, &nd) != CL_SUCCESS) continue;
    for (cl_uint d = 0; d < nd && d < 64; ++d) {
      char dname[256] = "";
      cl_device_type type = 0;
      cl_uint cu = 0;
      cl_ulong mem = 0;
      clGetDeviceInfo(devices[d], CL_DEVICE_NAME, sizeof dname, dname, NULL);
      clGetDeviceInfo(devices[d], CL_DEVICE_TYPE, sizeof type, &type, NULL);
      clGetDeviceInfo(devices[d], CL_DEVICE_MAX_COMPUTE_UNITS, sizeof cu, &cu, NULL);
      clGetDeviceInfo(devices[d], CL_DEVICE_GLOBAL_MEM_SIZE, sizeof mem, &mem, NULL);
      const char *kind = (type & CL_DEVICE_TYPE_GPU)   ? "gpu"
                         : (type & CL_DEVICE_TYPE_CPU) ? "cpu"
                                                       : "other";
      printf("  %c %u:%u  %-4s %-48s %3u CUs %7.1f GiB\n", devices[d] == chosen ? '*' : ' ', p, d,
             kind, dname, cu, (double)mem / (1u << 30));
    }
  }
  clact_context_destroy(ctx);
  if (!chosen) {
    const char *env = getenv("CLACT_DEVICE");
    if (device || env)
      fprintf(stderr, "clact devices: %s '%s' selects no device: %s (%s)\n",
              device ? "--device" : "CLACT_DEVICE", device ? device : env, clact_status_string(st),
              clact_status_name(st));
    else
      fprintf(stderr, "clact devices: no default device: %s (%s)\n", clact_status_string(st),
              clact_status_name(st));
    return EXIT_FAILED;
  }
  printf("\n* = the device clact uses%s\n", device                   ? " (selected by --device)"
                                            : getenv("CLACT_DEVICE") ? " (from CLACT_DEVICE)"
                                                                     : " by default");
  return EXIT_OK;
}
