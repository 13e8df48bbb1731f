# block 3380-346d: 37 instructions
  0.56 3380:	prefetcht0 0x800(%rdx)
  0.28 3387:	vcvtph2ps (%rdx),%zmm5
  3.39 338d:	vmulps 0x2c0(%rsp),%zmm5,%zmm30
  0.00 3395:	vorps  0x280(%rsp),%zmm30,%zmm31
  0.00 339d:	vmovaps 0x200(%rsp),%zmm0
  0.00 33a5:	vmaxps %zmm31,%zmm0,%zmm22
  0.00 33ab:	vmovaps %zmm23,%zmm9
  0.28 33b1:	vfmadd231ps 0x1c0(%rsp),%zmm22,%zmm9
  0.00 33b9:	vcmpeqps 0x240(%rsp),%zmm31,%k1
  2.82 33c2:	vsubps %zmm9,%zmm23,%zmm31
  0.00 33c8:	vfmadd132ps 0x140(%rsp),%zmm22,%zmm31
  0.00 33d0:	vmovaps %zmm13,%zmm22
  0.28 33d6:	vfmadd213ps %zmm14,%zmm31,%zmm22
  0.00 33dc:	vfmadd213ps %zmm15,%zmm31,%zmm22
  0.00 33e2:	vfmadd213ps %zmm16,%zmm31,%zmm22
  0.00 33e8:	vpmaxsd 0x180(%rsp),%zmm9,%zmm24
  0.56 33f0:	vfmadd213ps %zmm17,%zmm31,%zmm22
  6.50 33f6:	vpslld $0x17,%zmm24,%zmm31
  1.41 33fd:	vmulps %zmm31,%zmm22,%zmm22
  0.00 3403:	vmulps %zmm22,%zmm5,%zmm31
  0.28 3409:	vandps 0x2c05(%rip){1to16},%zmm5,%zmm31{%k1}        # 6018 <_pocl_kernel_clact_fwd_workgroup_fast+0x2208>
  0.85 3413:	vaddps %zmm18,%zmm22,%zmm22
  0.00 3419:	vdivps %zmm22,%zmm18,%zmm22
 19.77 341f:	vpsubd %zmm24,%zmm9,%zmm9
  0.85 3425:	vcmpltps 0x2d90(%rip),%zmm30,%k1        # 61c0 <_pocl_kernel_clact_fwd_workgroup_fast+0x23b0>
  0.56 3430:	vmovaps %zmm31,%zmm5{%k1}
  0.00 3436:	vmulps %zmm5,%zmm22,%zmm5
 11.30 343c:	vpmaxsd %zmm19,%zmm9,%zmm9
  0.00 3442:	vpslld $0x17,%zmm9,%zmm9
  0.00 3449:	vpaddd %zmm20,%zmm9,%zmm9
  3.39 344f:	vmulps %zmm5,%zmm4,%zmm5
 11.86 3455:	vmulps %zmm9,%zmm5,%zmm5{%k1}
 20.62 345b:	vcvtps2ph $0x0,%zmm5,(%rsi)
 14.41 3462:	add    $0x20,%rsi
  0.00 3466:	add    $0x20,%rdx
  0.00 346a:	inc    %rcx
  0.00 346d:	jne    3380 <_pocl_kernel_clact_fwd_workgroup+0xca0>
