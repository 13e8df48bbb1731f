# block 3db0-3f54: 67 instructions
  0.00 3db0:	mov    0x60(%rsp),%rax
  0.00 3db5:	prefetcht0 0x800(%rax,%rdx,1)
  2.37 3dbd:	vmovaps (%rax,%rdx,1),%zmm31
  0.00 3dc4:	vmulps 0x180(%rsp),%zmm31,%zmm0
  1.74 3dcc:	vandps %zmm9,%zmm31,%zmm1
  0.00 3dd2:	vandps %zmm9,%zmm0,%zmm5
  0.16 3dd8:	vmovaps 0x140(%rsp),%zmm7
  0.00 3de0:	vfmadd213ps %zmm5,%zmm1,%zmm7
  0.00 3de6:	vorps  %zmm10,%zmm5,%zmm8
  0.00 3dec:	vcmpgtps 0x3211(%rip){1to16},%zmm5,%k1        # 7008 <_pocl_kernel_clact_fwd_workgroup_fast+0x25c8>
  0.47 3df7:	vmaxps %zmm11,%zmm8,%zmm5
  2.05 3dfd:	vmovaps %zmm2,%zmm8
  0.00 3e03:	vfmadd231ps %zmm13,%zmm5,%zmm8
  0.16 3e09:	vsubps %zmm8,%zmm2,%zmm12
  0.00 3e0f:	vfmadd231ps %zmm14,%zmm12,%zmm5
  0.00 3e15:	vfmadd231ps %zmm15,%zmm12,%zmm5
  0.00 3e1b:	vaddps %zmm7,%zmm5,%zmm7
  0.16 3e21:	vmovaps %zmm5,%zmm7{%k1}
  0.32 3e27:	vmulps %zmm7,%zmm7,%zmm5
  2.69 3e2d:	vmovaps %zmm4,%zmm12
  0.00 3e33:	vfmadd213ps %zmm17,%zmm7,%zmm12
  0.00 3e39:	vfmadd213ps %zmm18,%zmm7,%zmm12
  0.47 3e3f:	vfmadd213ps %zmm19,%zmm7,%zmm12
  0.16 3e45:	vfmadd213ps %zmm20,%zmm7,%zmm12
  0.16 3e4b:	vfmadd213ps %zmm21,%zmm7,%zmm12
  0.16 3e51:	vfmadd213ps %zmm7,%zmm5,%zmm12
  0.00 3e57:	vpslld $0x17,%zmm8,%zmm5
  2.37 3e5e:	vpcmpgtd %zmm22,%zmm8,%k1
  0.00 3e64:	vmovaps %zmm5,%zmm5{%k1}{z}
  0.16 3e6a:	vmovaps %zmm5,%zmm7
  0.16 3e70:	vfmadd213ps %zmm5,%zmm12,%zmm7
  0.32 3e76:	vaddps %zmm23,%zmm7,%zmm7
  0.16 3e7c:	vaddps %zmm24,%zmm7,%zmm16
  0.79 3e82:	vsubps %zmm16,%zmm5,%zmm16
  0.47 3e88:	vfmadd231ps %zmm5,%zmm12,%zmm16
  3.63 3e8e:	vcmpltps %zmm30,%zmm0,%k1
  0.00 3e95:	vmovaps %zmm12,%zmm0{%k1}{z}
  0.00 3e9b:	vmovaps %zmm31,%zmm5
  0.00 3ea1:	vfmadd231ps %zmm31,%zmm0,%zmm5
  0.00 3ea7:	vsubps %zmm5,%zmm31,%zmm12
  0.00 3ead:	vfmadd231ps %zmm0,%zmm31,%zmm12
  0.00 3eb3:	vdivps %zmm7,%zmm5,%zmm0
 11.69 3eb9:	vfnmadd231ps %zmm16,%zmm0,%zmm12
  6.64 3ebf:	vpsubd %zmm7,%zmm25,%zmm5
  0.00 3ec5:	vfmadd213ps %zmm0,%zmm12,%zmm5
  5.53 3ecb:	vpblendmd %zmm8,%zmm26,%zmm0{%k1}
  0.00 3ed1:	vpmaxsd %zmm27,%zmm0,%zmm7
  0.00 3ed7:	vpslld $0x17,%zmm7,%zmm8
  0.00 3ede:	vmulps %zmm8,%zmm5,%zmm5
  9.00 3ee4:	vpsubd %zmm7,%zmm0,%zmm0
  0.00 3eea:	vcmpeqps %zmm28,%zmm1,%k2
  0.00 3ef1:	vmovaps %zmm30,%zmm1{%k1}
  0.00 3ef7:	vmovaps %zmm1,%zmm5{%k2}
  7.90 3efd:	vpternlogd $0xf8,%zmm10,%zmm31,%zmm5
  2.53 3f04:	vpslld $0x17,%zmm0,%zmm0
  0.00 3f0b:	vpminsd 0x313b(%rip){1to16},%zmm0,%zmm1        # 7050 <_pocl_kernel_clact_fwd_workgroup_fast+0x2610>
  0.16 3f15:	vpaddd %zmm29,%zmm0,%zmm0
  1.58 3f1b:	vpmaxsd 0x312f(%rip){1to16},%zmm0,%zmm0        # 7054 <_pocl_kernel_clact_fwd_workgroup_fast+0x2614>
  0.00 3f25:	vpaddd 0x3129(%rip){1to16},%zmm1,%zmm1        # 7058 <_pocl_kernel_clact_fwd_workgroup_fast+0x2618>
  0.00 3f2f:	vmulps %zmm5,%zmm3,%zmm5
 12.95 3f35:	vmulps %zmm0,%zmm5,%zmm0
 10.11 3f3b:	vmulps %zmm1,%zmm0,%zmm0
  9.00 3f41:	mov    0x50(%rsp),%rax
  0.47 3f46:	vmovaps %zmm0,(%rax,%rdx,1)
  3.16 3f4d:	add    $0x40,%rdx
  0.00 3f51:	inc    %rcx
  0.00 3f54:	jne    3db0 <_pocl_kernel_clact_fwd_workgroup+0x10c0>
