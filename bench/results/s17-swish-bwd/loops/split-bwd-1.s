# block 4a40-4c59: 85 instructions
  0.00 4a40:	mov    0x60(%rsp),%rax
  0.13 4a45:	prefetcht0 0x800(%rax,%rdi,1)
  3.18 4a4d:	vmovaps (%rax,%rdi,1),%zmm30
  0.13 4a54:	mov    0x58(%rsp),%rax
  2.03 4a59:	prefetcht0 0x800(%rax,%rdi,1)
  4.07 4a61:	vmovaps (%rax,%rdi,1),%zmm8
  0.13 4a68:	vorps  %zmm9,%zmm30,%zmm6
  0.00 4a6e:	vmaxps %zmm10,%zmm6,%zmm6
  0.00 4a74:	vmovaps %zmm21,%zmm11
  0.00 4a7a:	vfmadd231ps 0x200(%rsp),%zmm6,%zmm11
  0.13 4a82:	vsubps %zmm11,%zmm21,%zmm31
  0.00 4a88:	vfmadd231ps 0x1c0(%rsp),%zmm31,%zmm6
  2.16 4a90:	vfmadd231ps 0x180(%rsp),%zmm31,%zmm6
  0.13 4a98:	vmulps %zmm6,%zmm6,%zmm31
  0.13 4a9e:	vmovaps %zmm14,%zmm15
  0.00 4aa4:	vfmadd213ps %zmm16,%zmm6,%zmm15
  0.00 4aaa:	vfmadd213ps %zmm17,%zmm6,%zmm15
  0.13 4ab0:	vfmadd213ps %zmm18,%zmm6,%zmm15
  0.13 4ab6:	vfmadd213ps %zmm19,%zmm6,%zmm15
  0.13 4abc:	vfmadd213ps %zmm20,%zmm6,%zmm15
  2.16 4ac2:	vfmadd213ps %zmm6,%zmm31,%zmm15
  0.25 4ac8:	vpslld $0x17,%zmm11,%zmm6
  0.00 4acf:	vpcmpgtd %zmm22,%zmm11,%k1
  0.00 4ad5:	vmovaps %zmm6,%zmm6{%k1}{z}
  0.00 4adb:	vmovaps %zmm6,%zmm31
  0.00 4ae1:	vfmadd213ps %zmm6,%zmm15,%zmm31
  0.13 4ae7:	vsubps %zmm31,%zmm6,%zmm5
  0.38 4aed:	vfmadd231ps %zmm6,%zmm15,%zmm5
  2.03 4af3:	vaddps %zmm24,%zmm31,%zmm1
  0.00 4af9:	vaddps %zmm25,%zmm1,%zmm3
  0.13 4aff:	vsubps %zmm3,%zmm6,%zmm3
  0.13 4b05:	vfmadd231ps %zmm6,%zmm15,%zmm3
  0.38 4b0b:	vcmpltps %zmm23,%zmm30,%k1
  0.00 4b12:	vmulps %zmm1,%zmm1,%zmm6
  0.00 4b18:	vxorps %zmm9,%zmm1,%zmm12
  0.13 4b1e:	vsubps %zmm1,%zmm12,%zmm12
  2.16 4b24:	vfnmadd213ps %zmm6,%zmm1,%zmm1
  0.25 4b2a:	vfmadd231ps %zmm12,%zmm3,%zmm1
  0.64 4b30:	vaddps %zmm24,%zmm30,%zmm3
  0.00 4b36:	vaddps %zmm31,%zmm3,%zmm12
  0.00 4b3c:	vaddps %zmm5,%zmm12,%zmm5
  0.00 4b42:	vmovaps %zmm5,%zmm12
  0.00 4b48:	vfmadd231ps %zmm5,%zmm15,%zmm12
  0.00 4b4e:	vsubps %zmm12,%zmm5,%zmm13
  2.16 4b54:	vfmadd231ps %zmm15,%zmm5,%zmm13
  0.64 4b5a:	vmulps %zmm31,%zmm3,%zmm3
  0.25 4b60:	vaddps %zmm24,%zmm3,%zmm5
  0.00 4b66:	vaddps %zmm25,%zmm5,%zmm15
  0.13 4b6c:	vsubps %zmm15,%zmm3,%zmm3
  0.00 4b72:	vmovaps %zmm12,%zmm5{%k1}
  0.00 4b78:	vxorps %xmm2,%xmm2,%xmm2
  0.00 4b7c:	vmovaps %zmm13,%zmm3{%k1}
  2.29 4b82:	vdivps %zmm6,%zmm5,%zmm5
  4.45 4b88:	vfmadd231ps %zmm1,%zmm5,%zmm3
  6.10 4b8e:	vpsubd %zmm6,%zmm26,%zmm1
  0.00 4b94:	vfmadd213ps %zmm5,%zmm3,%zmm1
  6.61 4b9a:	vpblendmd %zmm11,%zmm27,%zmm3{%k1}
  0.00 4ba0:	vpmaxsd %zmm28,%zmm3,%zmm5
  0.13 4ba6:	vpslld $0x17,%zmm5,%zmm6
  0.00 4bad:	vmulps %zmm6,%zmm1,%zmm1
  6.73 4bb3:	vpsubd %zmm5,%zmm3,%zmm3
  0.00 4bb9:	vcmpltps %zmm10,%zmm30,%k2
  0.00 4bc0:	vbroadcastss 0x547e(%rip),%zmm1{%k2}        # a048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3958>
  3.05 4bca:	vandps %zmm29,%zmm30,%zmm5
  0.13 4bd0:	vpcmpeqd 0x547a(%rip){1to16},%zmm5,%k3        # a054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3964>
  0.25 4bda:	kandw  %k1,%k3,%k0
  0.13 4bde:	knotw  %k0,%k1
  1.65 4be2:	vmovaps %zmm1,%zmm1{%k1}{z}
  2.41 4be8:	vcmpltps %zmm30,%zmm23,%k1{%k3}
  0.00 4bef:	vmulps %zmm1,%zmm8,%zmm1
  9.53 4bf5:	vpslld $0x17,%zmm3,%zmm3
  0.00 4bfc:	vpbroadcastd 0x545a(%rip),%zmm3{%k2}        # a060 <_pocl_kernel_clact_bwd_workgroup_fast+0x3970>
  0.00 4c06:	vpaddd 0x53f4(%rip){1to16},%zmm3,%zmm5        # a004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3914>
  0.13 4c10:	vpminsd 0x544a(%rip){1to16},%zmm3,%zmm3        # a064 <_pocl_kernel_clact_bwd_workgroup_fast+0x3974>
  0.00 4c1a:	vmovaps %zmm8,%zmm1{%k1}
  3.81 4c20:	vpmaxsd 0x543e(%rip){1to16},%zmm5,%zmm5        # a068 <_pocl_kernel_clact_bwd_workgroup_fast+0x3978>
  0.00 4c2a:	vpaddd 0x5438(%rip){1to16},%zmm3,%zmm3        # a06c <_pocl_kernel_clact_bwd_workgroup_fast+0x397c>
  0.00 4c34:	vmulps %zmm1,%zmm4,%zmm1
  9.28 4c3a:	vmulps %zmm5,%zmm1,%zmm1
  6.73 4c40:	vmulps %zmm3,%zmm1,%zmm1
  7.50 4c46:	mov    0x50(%rsp),%rax
  0.64 4c4b:	vmovaps %zmm1,(%rax,%rdi,1)
  3.94 4c52:	add    $0x40,%rdi
  0.00 4c56:	inc    %rdx
  0.00 4c59:	jne    4a40 <_pocl_kernel_clact_bwd_workgroup+0xf00>
