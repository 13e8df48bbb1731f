# block 7c50-8100: 184 instructions
  0.00 7c50:	mov    0x38(%rsp),%rax
  0.00 7c55:	prefetcht0 0x800(%rax,%rdx,1)
  0.03 7c5d:	vmovapd (%rax,%rdx,1),%zmm15
  0.84 7c64:	vmulpd 0x480(%rsp),%zmm15,%zmm5
  0.00 7c6c:	vandpd %zmm8,%zmm15,%zmm31
  0.00 7c72:	vandpd %zmm8,%zmm5,%zmm1
  0.00 7c78:	vmovapd 0x400(%rsp),%zmm4
  0.00 7c80:	vorpd  %zmm9,%zmm5,%zmm7
  0.00 7c86:	vcmpgtpd %zmm25,%zmm1,%k1
  0.00 7c8d:	vbroadcastsd 0x6391(%rip),%zmm7{%k1}        # e028 <_pocl_kernel_clact_fwd_workgroup_fast+0x4988>
  0.20 7c97:	vfmadd213pd %zmm1,%zmm31,%zmm4
  0.51 7c9d:	vmovapd %zmm2,%zmm13
  0.00 7ca3:	vfmadd213pd %zmm12,%zmm7,%zmm13
  0.05 7ca9:	vsubpd %zmm13,%zmm12,%zmm10
  0.00 7caf:	vfmadd231pd 0x380(%rsp),%zmm10,%zmm7
  0.03 7cb7:	vfmadd231pd 0x340(%rsp),%zmm10,%zmm7
  0.05 7cbf:	vaddpd %zmm4,%zmm7,%zmm4
  0.05 7cc5:	vmovapd %zmm7,%zmm4{%k1}
  0.05 7ccb:	vaddpd %zmm17,%zmm4,%zmm7
  0.64 7cd1:	vmulpd %zmm2,%zmm7,%zmm7
  0.10 7cd7:	vextractf64x4 $0x1,%zmm7,%ymm10
  0.03 7cde:	vroundpd $0x8,%ymm10,%ymm10
  0.03 7ce4:	vroundpd $0x8,%ymm7,%ymm7
  0.00 7cea:	vinsertf64x4 $0x1,%ymm10,%zmm7,%zmm7
  0.05 7cf1:	vmulpd 0x300(%rsp),%zmm7,%zmm10
  0.69 7cf9:	vaddpd %zmm4,%zmm10,%zmm14
  0.03 7cff:	vsubpd %zmm4,%zmm14,%zmm16
  0.00 7d05:	vsubpd %zmm16,%zmm14,%zmm18
  0.08 7d0b:	vsubpd %zmm18,%zmm4,%zmm18
  0.00 7d11:	vsubpd %zmm16,%zmm10,%zmm10
  0.00 7d17:	vaddpd %zmm18,%zmm10,%zmm10
  0.05 7d1d:	vaddpd %zmm17,%zmm10,%zmm16
  0.03 7d23:	vmulpd 0x2c0(%rsp),%zmm7,%zmm18
  0.66 7d2b:	vaddpd %zmm14,%zmm18,%zmm10
  0.00 7d31:	vsubpd %zmm14,%zmm10,%zmm19
  0.03 7d37:	vsubpd %zmm19,%zmm10,%zmm21
  0.00 7d3d:	vsubpd %zmm21,%zmm14,%zmm14
  0.00 7d43:	vsubpd %zmm19,%zmm18,%zmm18
  0.00 7d49:	vaddpd %zmm14,%zmm18,%zmm14
  0.00 7d4f:	vaddpd %zmm14,%zmm16,%zmm14
  0.05 7d55:	vmovapd %zmm20,%zmm16
  0.46 7d5b:	vfmadd213pd 0x280(%rsp),%zmm10,%zmm16
  0.00 7d63:	vfmadd213pd 0x240(%rsp),%zmm10,%zmm16
  0.00 7d6b:	vfmadd213pd 0x200(%rsp),%zmm10,%zmm16
  0.03 7d73:	vfmadd213pd 0x1c0(%rsp),%zmm10,%zmm16
  0.00 7d7b:	vfmadd213pd 0x180(%rsp),%zmm10,%zmm16
  0.03 7d83:	vfmadd213pd 0x140(%rsp),%zmm10,%zmm16
  0.05 7d8b:	vfmadd213pd 0x100(%rsp),%zmm10,%zmm16
  0.13 7d93:	vfmadd213pd %zmm28,%zmm10,%zmm16
  0.97 7d99:	vfmadd213pd %zmm29,%zmm10,%zmm16
  0.23 7d9f:	vmulpd %zmm16,%zmm10,%zmm18
  0.41 7da5:	vmovapd %zmm16,%zmm19
  0.00 7dab:	vfmsub213pd %zmm18,%zmm10,%zmm19
  0.33 7db1:	vfmadd231pd %zmm16,%zmm14,%zmm19
  0.94 7db7:	vaddpd %zmm30,%zmm18,%zmm16
  0.00 7dbd:	vsubpd %zmm18,%zmm16,%zmm21
  0.03 7dc3:	vsubpd %zmm21,%zmm16,%zmm22
  1.02 7dc9:	vsubpd %zmm22,%zmm18,%zmm18
  1.43 7dcf:	vsubpd %zmm21,%zmm30,%zmm21
  0.05 7dd5:	vaddpd %zmm18,%zmm21,%zmm18
  1.78 7ddb:	vaddpd %zmm18,%zmm19,%zmm18
  2.06 7de1:	vmulpd %zmm16,%zmm10,%zmm19
  0.00 7de7:	vmovapd %zmm16,%zmm21
  0.00 7ded:	vfmsub213pd %zmm19,%zmm10,%zmm21
  0.03 7df3:	vfmadd231pd %zmm16,%zmm14,%zmm21
  0.20 7df9:	vfmadd231pd %zmm18,%zmm10,%zmm21
  1.65 7dff:	vbroadcastsd 0x62af(%rip),%zmm16        # e0b8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a18>
  0.00 7e09:	vaddpd %zmm16,%zmm19,%zmm25
  0.03 7e0f:	vmulpd %zmm10,%zmm10,%zmm22
  0.08 7e15:	vaddpd %zmm10,%zmm10,%zmm23
  0.00 7e1b:	vmovapd %zmm10,%zmm24
  0.00 7e21:	vfmsub213pd %zmm22,%zmm10,%zmm24
  0.00 7e27:	vfmadd231pd %zmm23,%zmm14,%zmm24
  0.03 7e2d:	vmulpd %zmm25,%zmm22,%zmm23
  0.64 7e33:	vmovapd %zmm25,%zmm18
  0.00 7e39:	vfmsub213pd %zmm23,%zmm22,%zmm18
  0.05 7e3f:	vfmadd231pd %zmm24,%zmm25,%zmm18
  0.36 7e45:	vsubpd %zmm19,%zmm25,%zmm24
  0.00 7e4b:	vsubpd %zmm24,%zmm25,%zmm25
  0.00 7e51:	vsubpd %zmm25,%zmm19,%zmm19
  0.00 7e57:	vmovapd 0x3c0(%rsp),%zmm25
  0.13 7e5f:	vsubpd %zmm24,%zmm16,%zmm16
  0.87 7e65:	vmovapd 0x440(%rsp),%zmm24
  0.00 7e6d:	vmovapd 0x50(%rsp),%xmm0
  0.00 7e73:	vaddpd %zmm19,%zmm16,%zmm16
  0.48 7e79:	vaddpd %zmm16,%zmm21,%zmm16
  1.30 7e7f:	vaddpd %zmm23,%zmm10,%zmm19
  0.00 7e85:	vfmadd231pd %zmm16,%zmm22,%zmm18
  3.03 7e8b:	vsubpd %zmm10,%zmm19,%zmm16
  0.08 7e91:	vsubpd %zmm16,%zmm19,%zmm21
  0.05 7e97:	vsubpd %zmm21,%zmm10,%zmm10
  0.05 7e9d:	vcmpeqpd %zmm11,%zmm1,%k1
  0.00 7ea4:	vcvtpd2dq {rn-sae},%zmm7,%ymm1
  0.33 7eaa:	vsubpd %zmm16,%zmm23,%zmm7
  0.00 7eb0:	vaddpd %zmm10,%zmm7,%zmm7
  1.81 7eb6:	vaddpd %zmm18,%zmm14,%zmm10
  1.27 7ebc:	vaddpd %zmm10,%zmm7,%zmm7
  2.47 7ec2:	vbroadcastsd 0x613c(%rip),%zmm10        # e008 <_pocl_kernel_clact_fwd_workgroup_fast+0x4968>
  0.05 7ecc:	vaddpd %zmm10,%zmm19,%zmm14
  0.00 7ed2:	vsubpd %zmm14,%zmm10,%zmm16
  0.03 7ed8:	vaddpd %zmm16,%zmm19,%zmm16
  0.03 7ede:	vaddpd %zmm7,%zmm16,%zmm7
  2.01 7ee4:	vpsrad $0x1,%ymm1,%ymm16
  0.00 7eeb:	vpbroadcastd 0x6223(%rip),%ymm18        # e118 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a78>
  0.08 7ef5:	vpaddd %ymm18,%ymm16,%ymm19
  0.03 7efb:	mov    $0xaaaa,%ax
  0.00 7eff:	kmovd  %eax,%k2
  0.00 7f03:	vpexpandd %zmm19,%zmm19{%k2}{z}
  0.00 7f09:	vpslld $0x14,%zmm19,%zmm19
  0.46 7f10:	vmulpd %zmm19,%zmm14,%zmm14
  0.03 7f16:	vpsubd %ymm16,%ymm1,%ymm1
  0.13 7f1c:	vpaddd %ymm18,%ymm1,%ymm1
  0.00 7f22:	vpexpandd %zmm1,%zmm1{%k2}{z}
  0.03 7f28:	vpslld $0x14,%zmm1,%zmm1
  0.00 7f2f:	vmulpd %zmm1,%zmm14,%zmm14
  0.00 7f35:	vmulpd %zmm19,%zmm7,%zmm7
  2.90 7f3b:	vmulpd %zmm1,%zmm7,%zmm1
  2.72 7f41:	vcmpltpd 0x6174(%rip){1to8},%zmm4,%k2        # e0c0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a20>
  0.05 7f4c:	vmovapd %zmm17,%zmm14{%k2}
  0.00 7f52:	vbroadcastsd 0x616c(%rip),%zmm7        # e0c8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a28>
  0.00 7f5c:	vaddpd %zmm7,%zmm14,%zmm16
  0.00 7f62:	vsubpd %zmm14,%zmm16,%zmm18
  0.00 7f68:	vsubpd %zmm18,%zmm16,%zmm19
  0.03 7f6e:	vsubpd %zmm19,%zmm14,%zmm14
  1.04 7f74:	vsubpd %zmm18,%zmm7,%zmm18
  0.03 7f7a:	vaddpd %zmm14,%zmm18,%zmm14
  0.76 7f80:	vmovapd %zmm17,%zmm1{%k2}
  0.97 7f86:	vaddpd %zmm1,%zmm14,%zmm1
  2.01 7f8c:	vaddpd %zmm1,%zmm16,%zmm1
  2.44 7f92:	vcmpgtpd 0x6133(%rip){1to8},%zmm4,%k2        # e0d0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a30>
  0.00 7f9d:	vmovapd %zmm11,%zmm1{%k2}
  1.73 7fa3:	vcmpltpd 0x612a(%rip){1to8},%zmm4,%k2        # e0d8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a38>
  0.00 7fae:	vmovapd %zmm7,%zmm1{%k2}
  1.15 7fb4:	vpbroadcastq 0x6042(%rip),%zmm14        # e000 <_pocl_kernel_clact_fwd_workgroup_fast+0x4960>
  0.00 7fbe:	vpcmpeqq %zmm14,%zmm4,%k2
  0.05 7fc4:	vmovapd %zmm9,%zmm1{%k2}
  1.04 7fca:	vmovapd %zmm7,%zmm1{%k1}
  0.99 7fd0:	vpaddq 0x6106(%rip){1to8},%zmm13,%zmm4        # e0e0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a40>
  0.03 7fda:	vpcmpgtq 0x6104(%rip){1to8},%zmm4,%k1        # e0e8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a48>
  0.00 7fe4:	vpsllq $0x34,%zmm4,%zmm13
  0.20 7feb:	vmovapd %zmm13,%zmm13{%k1}{z}
  0.00 7ff1:	vmovapd %zmm13,%zmm16
  0.00 7ff7:	vfmadd213pd %zmm13,%zmm1,%zmm16
  3.16 7ffd:	vaddpd %zmm10,%zmm16,%zmm10
  2.37 8003:	vaddpd %zmm7,%zmm10,%zmm7
  2.98 8009:	vsubpd %zmm7,%zmm13,%zmm7
  2.60 800f:	vfmadd231pd %zmm13,%zmm1,%zmm7
  3.23 8015:	vcmpltpd %zmm17,%zmm5,%k1
  0.00 801c:	vmovapd %zmm1,%zmm1{%k1}{z}
  0.00 8022:	vmovapd %zmm15,%zmm5
  0.00 8028:	vfmadd231pd %zmm15,%zmm1,%zmm5
  0.00 802e:	vsubpd %zmm5,%zmm15,%zmm13
  0.00 8034:	vfmadd231pd %zmm1,%zmm15,%zmm13
  0.00 803a:	vdivpd %zmm10,%zmm5,%zmm1
 10.13 8040:	vfnmadd231pd %zmm7,%zmm1,%zmm13
  2.80 8046:	vpbroadcastq 0x60a0(%rip),%zmm5        # e0f0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a50>
  0.00 8050:	vpsubq %zmm10,%zmm5,%zmm5
  0.00 8056:	vpbroadcastq 0x6098(%rip),%zmm7        # e0f8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a58>
  0.00 8060:	vmovdqa64 %zmm4,%zmm7{%k1}
  0.00 8066:	vpmaxsq 0x6090(%rip){1to8},%zmm7,%zmm4        # e100 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a60>
  0.00 8070:	vfmadd213pd %zmm1,%zmm13,%zmm5
  3.74 8076:	vxorpd %xmm6,%xmm6,%xmm6
  0.00 807a:	vpsllq $0x34,%zmm4,%zmm1
  0.00 8081:	vmulpd %zmm1,%zmm5,%zmm1
  3.21 8087:	vpsubq %zmm4,%zmm7,%zmm4
  0.00 808d:	vcmpeqpd %zmm11,%zmm31,%k2
  0.00 8094:	vmovapd %zmm17,%zmm31{%k1}
  0.00 809a:	vmovapd %zmm31,%zmm1{%k2}
  1.68 80a0:	vpternlogq $0xf8,%zmm14,%zmm15,%zmm1
  0.87 80a7:	vpmaxsq 0x6057(%rip){1to8},%zmm4,%zmm5        # e108 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a68>
  0.00 80b1:	vpsllq $0x34,%zmm5,%zmm7
  0.00 80b8:	vpsubq %zmm5,%zmm4,%zmm4
  0.08 80be:	vpbroadcastq 0x5f40(%rip),%zmm5        # e008 <_pocl_kernel_clact_fwd_workgroup_fast+0x4968>
  0.00 80c8:	vpaddq %zmm5,%zmm7,%zmm7
  0.00 80ce:	vpsllq $0x34,%zmm4,%zmm4
  0.00 80d5:	vpaddq %zmm5,%zmm4,%zmm4
  0.43 80db:	vmulpd %zmm1,%zmm3,%zmm1
  3.64 80e1:	vmulpd %zmm7,%zmm1,%zmm1
  4.00 80e7:	vmulpd %zmm4,%zmm1,%zmm1
  2.83 80ed:	mov    0x28(%rsp),%rax
  0.28 80f2:	vmovapd %zmm1,(%rax,%rdx,1)
  1.83 80f9:	add    $0x40,%rdx
  0.00 80fd:	inc    %rcx
  0.00 8100:	jne    7c50 <_pocl_kernel_clact_fwd_workgroup+0x2930>
