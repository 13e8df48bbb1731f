# block 2f90-2f90: 1 instructions
  2.65 2f90:	vcvtneps2bf16 %zmm0,%ymm0
# block 2f96-2fa7: 5 instructions
 10.79 2f96:	mov    0x50(%rsp),%rax
  0.81 2f9b:	vmovdqa %ymm0,(%rax,%rdi,1)
  8.15 2fa0:	add    $0x20,%rdi
  0.20 2fa4:	inc    %rdx
  0.00 2fa7:	je     3530 <_pocl_kernel_clact_bwd_workgroup+0x10f0>
# block 2fad-30b7: 44 instructions
  0.00 2fad:	mov    0x70(%rsp),%rax
  0.00 2fb2:	prefetcht0 0x800(%rax,%rdi,1)
  1.63 2fba:	vpmovzxwd (%rax,%rdi,1),%zmm0
  2.65 2fc1:	mov    0x68(%rsp),%rax
  0.00 2fc6:	prefetcht0 0x800(%rax,%rdi,1)
  5.30 2fce:	vpmovzxwd (%rax,%rdi,1),%zmm5
  0.61 2fd5:	vpslld $0x10,%zmm0,%zmm0
  0.00 2fdc:	vmulps %zmm6,%zmm0,%zmm0
  0.20 2fe2:	vminps %zmm0,%zmm7,%zmm28
  0.00 2fe8:	vmaxps %zmm28,%zmm8,%zmm28
  1.22 2fee:	vmovaps %zmm9,%zmm30
  0.00 2ff4:	vfmadd231ps %zmm10,%zmm28,%zmm30
  0.61 2ffa:	vsubps %zmm30,%zmm9,%zmm31
  0.00 3000:	vpmaxsd %zmm11,%zmm30,%zmm27
  0.20 3006:	vpslld $0x17,%zmm27,%zmm29
  0.00 300d:	vfmadd132ps %zmm12,%zmm28,%zmm31
  0.20 3013:	vmovaps %zmm24,%zmm13
  0.41 3019:	vfmadd213ps %zmm14,%zmm31,%zmm13
  2.85 301f:	vfmadd213ps %zmm15,%zmm31,%zmm13
  0.00 3025:	vfmadd213ps %zmm16,%zmm31,%zmm13
  0.41 302b:	vfmadd213ps %zmm17,%zmm31,%zmm13
  0.20 3031:	vmulps %zmm29,%zmm13,%zmm13
  0.20 3037:	vaddps %zmm18,%zmm13,%zmm29
  0.00 303d:	vdivps %zmm29,%zmm18,%zmm29
  4.68 3043:	vpslld $0x10,%zmm5,%zmm5
  0.00 304a:	vpsubd %zmm27,%zmm30,%zmm27
  0.81 3050:	vaddps %zmm18,%zmm28,%zmm28
  0.20 3056:	vaddps %zmm13,%zmm28,%zmm28
  0.41 305c:	vmulps %zmm28,%zmm13,%zmm13
  0.00 3062:	vmulps %zmm29,%zmm29,%zmm28
  3.46 3068:	vcmpneqps %zmm19,%zmm0,%k1
  0.20 306f:	vmulps %zmm28,%zmm13,%zmm0{%k1}{z}
  5.70 3075:	vmulps %zmm5,%zmm0,%zmm0
  5.70 307b:	vpslld $0x17,%zmm27,%zmm5
  0.41 3082:	vpaddd %zmm20,%zmm5,%zmm13
  0.20 3088:	vpminsd %zmm21,%zmm5,%zmm5
  0.00 308e:	vpmaxsd %zmm22,%zmm13,%zmm13
  0.00 3094:	vpaddd %zmm23,%zmm5,%zmm5
  0.20 309a:	vmulps %zmm0,%zmm2,%zmm0
  8.15 30a0:	vmulps %zmm13,%zmm0,%zmm0
 11.00 30a6:	vmulps %zmm5,%zmm0,%zmm0
  9.78 30ac:	vfpclassps $0x20,%zmm0,%k0
  5.70 30b3:	kortestw %k0,%k0
  3.87 30b7:	je     2f90 <_pocl_kernel_clact_bwd_workgroup+0xb50>
# block 30bd-30fc: 10 instructions (no samples)
  0.00 30bd:	vpsrld $0x10,%zmm0,%zmm5
  0.00 30c4:	vpandd 0x180(%rsp),%zmm5,%zmm5
  0.00 30cc:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 30d2:	vpaddd %zmm25,%zmm5,%zmm5
  0.00 30d8:	vpaddd %zmm0,%zmm0,%zmm13
  0.00 30de:	vpcmpnleud %zmm26,%zmm13,%k1
  0.00 30e5:	vpord  0x1f69(%rip){1to16},%zmm0,%zmm5{%k1}        # 5058 <_pocl_kernel_clact_bwd_workgroup_fast+0x16d8>
  0.00 30ef:	vpsrld $0x10,%zmm5,%zmm0
  0.00 30f6:	vpmovdw %zmm0,%ymm0
  0.00 30fc:	jmp    2f96 <_pocl_kernel_clact_bwd_workgroup+0xb56>
