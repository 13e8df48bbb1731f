# block 3ba0-3c8d: 36 instructions
  0.00 3ba0:	prefetcht0 0x800(%rdx)
  3.05 3ba7:	vcvtph2ps (%rdx),%zmm7
  3.66 3bad:	vorps  0x340(%rsp),%zmm7,%zmm25
  0.61 3bb5:	vmovaps 0x2c0(%rsp),%zmm0
  0.30 3bbd:	vmaxps %zmm25,%zmm0,%zmm26
  0.30 3bc3:	vmovaps %zmm21,%zmm11
  0.00 3bc9:	vfmadd231ps 0x280(%rsp),%zmm26,%zmm11
  0.00 3bd1:	vcmpeqps 0x300(%rsp),%zmm25,%k1
  0.30 3bda:	vsubps %zmm11,%zmm21,%zmm25
  3.35 3be0:	vfmadd132ps 0x200(%rsp),%zmm26,%zmm25
  0.91 3be8:	vmovaps %zmm15,%zmm26
  0.00 3bee:	vfmadd213ps 0x1c0(%rsp),%zmm25,%zmm26
  0.00 3bf6:	vfmadd213ps 0x180(%rsp),%zmm25,%zmm26
  0.00 3bfe:	vfmadd213ps 0x140(%rsp),%zmm25,%zmm26
  0.30 3c06:	vpmaxsd 0x240(%rsp),%zmm11,%zmm23
  0.30 3c0e:	vfmadd213ps %zmm19,%zmm25,%zmm26
  0.00 3c14:	vpslld $0x17,%zmm23,%zmm25
  7.32 3c1b:	vmulps %zmm25,%zmm26,%zmm25
  0.30 3c21:	vmulps %zmm25,%zmm7,%zmm26
  0.00 3c27:	vandps 0x33e7(%rip){1to16},%zmm7,%zmm26{%k1}        # 7018 <_pocl_kernel_clact_fwd_workgroup_fast+0x2378>
  0.61 3c31:	vaddps %zmm20,%zmm25,%zmm25
  0.00 3c37:	vdivps %zmm25,%zmm20,%zmm25
 14.02 3c3d:	vpsubd %zmm23,%zmm11,%zmm11
  3.05 3c43:	vcmpltps 0x3532(%rip),%zmm7,%k1        # 7180 <_pocl_kernel_clact_fwd_workgroup_fast+0x24e0>
  0.30 3c4e:	vmovaps %zmm26,%zmm7{%k1}
  0.00 3c54:	vmulps %zmm7,%zmm25,%zmm7
 14.63 3c5a:	vpmaxsd 0x400(%rsp),%zmm11,%zmm11
  0.00 3c62:	vpslld $0x17,%zmm11,%zmm11
  0.00 3c69:	vpaddd %zmm22,%zmm11,%zmm11
  0.61 3c6f:	vmulps %zmm7,%zmm16,%zmm7
 11.89 3c75:	vmulps %zmm11,%zmm7,%zmm7{%k1}
 17.68 3c7b:	vcvtps2ph $0x0,%zmm7,(%rsi)
 15.85 3c82:	add    $0x20,%rsi
  0.00 3c86:	add    $0x20,%rdx
  0.30 3c8a:	inc    %rcx
  0.00 3c8d:	jne    3ba0 <_pocl_kernel_clact_fwd_workgroup+0xd60>
