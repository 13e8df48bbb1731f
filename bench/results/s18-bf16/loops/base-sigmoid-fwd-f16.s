# block 3220-32eb: 32 instructions
  0.00 3220:	prefetcht0 0x800(%rdx)
  3.85 3227:	vcvtph2ps (%rdx),%zmm5
  5.59 322d:	vandps 0x240(%rsp),%zmm5,%zmm28
  1.05 3235:	vorps  0x200(%rsp),%zmm5,%zmm29
  0.00 323d:	vmovaps %zmm8,%zmm31
  0.00 3243:	vfmadd231ps 0x180(%rsp),%zmm28,%zmm31
  0.00 324b:	vsubps %zmm31,%zmm8,%zmm19
  0.00 3251:	vfmsub132ps %zmm11,%zmm28,%zmm19
  0.35 3257:	vmovaps %zmm12,%zmm28
  0.00 325d:	vcmpneqps 0x1c0(%rsp),%zmm29,%k1
  3.50 3266:	vfmadd213ps %zmm13,%zmm19,%zmm28
  0.00 326c:	vfmadd213ps %zmm14,%zmm19,%zmm28
  0.00 3272:	vfmadd213ps %zmm15,%zmm19,%zmm28
  0.00 3278:	vfmadd213ps 0x2dc2(%rip){1to16},%zmm19,%zmm28{%k1}{z}        # 6044 <_pocl_kernel_clact_fwd_workgroup_fast+0x2414>
  0.00 3282:	vpmaxsd 0x140(%rsp),%zmm31,%zmm19
  0.00 328a:	vpslld $0x17,%zmm19,%zmm29
  0.00 3291:	vmulps %zmm29,%zmm28,%zmm28
  7.34 3297:	vaddps %zmm16,%zmm28,%zmm29
  1.75 329d:	vdivps %zmm29,%zmm16,%zmm29
  8.04 32a3:	vpsubd %zmm19,%zmm31,%zmm19
  0.00 32a9:	vcmpltps 0x2ecc(%rip),%zmm5,%k1        # 6180 <_pocl_kernel_clact_fwd_workgroup_fast+0x2550>
  0.00 32b4:	vmulps %zmm28,%zmm29,%zmm29{%k1}
 11.19 32ba:	vpmaxsd %zmm17,%zmm19,%zmm5
  0.35 32c0:	vpslld $0x17,%zmm5,%zmm5
  0.35 32c7:	vpaddd %zmm18,%zmm5,%zmm5
  0.00 32cd:	vmulps %zmm29,%zmm3,%zmm19
 13.29 32d3:	vmulps %zmm5,%zmm19,%zmm19{%k1}
 19.23 32d9:	vcvtps2ph $0x0,%zmm19,(%rsi)
 24.13 32e0:	add    $0x20,%rsi
  0.00 32e4:	add    $0x20,%rdx
  0.00 32e8:	inc    %rcx
  0.00 32eb:	jne    3220 <_pocl_kernel_clact_fwd_workgroup+0xc40>
