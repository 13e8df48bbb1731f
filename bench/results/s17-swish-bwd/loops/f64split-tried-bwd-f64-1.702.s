# block 8c20-9159: 204 instructions
  0.00 8c20:	mov    0x58(%rsp),%rax
  0.00 8c25:	prefetcht0 0x800(%rax,%rdi,1)
  0.00 8c2d:	vmovapd (%rax,%rdi,1),%zmm10
  0.06 8c34:	vmulpd 0x4c0(%rsp),%zmm10,%zmm9
  0.54 8c3c:	vandpd %zmm11,%zmm10,%zmm1
  0.00 8c42:	vandpd %zmm11,%zmm9,%zmm31
  0.02 8c48:	vfmadd132pd 0x440(%rsp),%zmm31,%zmm1
  0.00 8c50:	vorpd  %zmm3,%zmm9,%zmm4
  0.00 8c56:	vcmpgtpd 0x400(%rsp),%zmm31,%k1
  0.00 8c5f:	vmovapd %zmm14,%zmm4{%k1}
  0.02 8c65:	vmovapd %zmm7,%zmm16
  0.64 8c6b:	vfmadd213pd %zmm15,%zmm4,%zmm16
  0.00 8c71:	vsubpd %zmm16,%zmm15,%zmm2
  0.02 8c77:	vfmadd231pd 0x3c0(%rsp),%zmm2,%zmm4
  0.02 8c7f:	vfmadd231pd 0x380(%rsp),%zmm2,%zmm4
  0.00 8c87:	vaddpd %zmm1,%zmm4,%zmm2
  0.00 8c8d:	vmovapd %zmm4,%zmm2{%k1}
  0.00 8c93:	vaddpd %zmm29,%zmm2,%zmm1
  0.06 8c99:	vmulpd %zmm7,%zmm1,%zmm1
  0.72 8c9f:	vextractf64x4 $0x1,%zmm1,%ymm4
  0.00 8ca6:	vroundpd $0x8,%ymm4,%ymm4
  0.02 8cac:	vroundpd $0x8,%ymm1,%ymm1
  0.00 8cb2:	vinsertf64x4 $0x1,%ymm4,%zmm1,%zmm1
  0.00 8cb9:	vmulpd 0x340(%rsp),%zmm1,%zmm4
  0.02 8cc1:	vaddpd %zmm2,%zmm4,%zmm6
  0.43 8cc7:	vsubpd %zmm2,%zmm6,%zmm12
  0.00 8ccd:	vsubpd %zmm12,%zmm6,%zmm17
  0.02 8cd3:	vsubpd %zmm17,%zmm2,%zmm17
  0.02 8cd9:	vsubpd %zmm12,%zmm4,%zmm4
  0.00 8cdf:	vaddpd %zmm17,%zmm4,%zmm4
  0.02 8ce5:	vaddpd %zmm29,%zmm4,%zmm12
  0.00 8ceb:	vmulpd 0x300(%rsp),%zmm1,%zmm17
  0.00 8cf3:	vaddpd %zmm6,%zmm17,%zmm4
  0.74 8cf9:	vsubpd %zmm6,%zmm4,%zmm18
  0.00 8cff:	vsubpd %zmm18,%zmm4,%zmm19
  0.00 8d05:	vsubpd %zmm19,%zmm6,%zmm6
  0.00 8d0b:	vsubpd %zmm18,%zmm17,%zmm17
  0.00 8d11:	vaddpd %zmm6,%zmm17,%zmm6
  0.00 8d17:	vaddpd %zmm6,%zmm12,%zmm6
  0.02 8d1d:	vmovapd %zmm21,%zmm12
  0.00 8d23:	vfmadd213pd 0x2c0(%rsp),%zmm4,%zmm12
  0.70 8d2b:	vfmadd213pd 0x280(%rsp),%zmm4,%zmm12
  0.00 8d33:	vfmadd213pd 0x240(%rsp),%zmm4,%zmm12
  0.00 8d3b:	vfmadd213pd 0x200(%rsp),%zmm4,%zmm12
  0.00 8d43:	vfmadd213pd 0x1c0(%rsp),%zmm4,%zmm12
  0.02 8d4b:	vfmadd213pd 0x180(%rsp),%zmm4,%zmm12
  0.02 8d53:	vfmadd213pd %zmm28,%zmm4,%zmm12
  0.04 8d59:	vfmadd213pd %zmm30,%zmm4,%zmm12
  0.10 8d5f:	vfmadd213pd 0x733f(%rip){1to8},%zmm4,%zmm12        # 100a8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56c8>
  0.64 8d69:	vmulpd %zmm12,%zmm4,%zmm17
  0.19 8d6f:	vmovapd %zmm12,%zmm18
  0.04 8d75:	vfmsub213pd %zmm17,%zmm4,%zmm18
  0.29 8d7b:	vfmadd231pd %zmm12,%zmm6,%zmm18
  0.60 8d81:	vbroadcastsd 0x7325(%rip),%zmm12        # 100b0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56d0>
  0.00 8d8b:	vaddpd %zmm12,%zmm17,%zmm19
  0.00 8d91:	vsubpd %zmm17,%zmm19,%zmm20
  0.04 8d97:	vsubpd %zmm20,%zmm19,%zmm22
  0.78 8d9d:	vsubpd %zmm22,%zmm17,%zmm17
  0.93 8da3:	vsubpd %zmm20,%zmm12,%zmm12
  0.00 8da9:	vaddpd %zmm17,%zmm12,%zmm12
  1.14 8daf:	vaddpd %zmm12,%zmm18,%zmm12
  2.00 8db5:	vmulpd %zmm19,%zmm4,%zmm17
  0.00 8dbb:	vmovapd %zmm19,%zmm18
  0.00 8dc1:	vfmsub213pd %zmm17,%zmm4,%zmm18
  0.00 8dc7:	vfmadd231pd %zmm19,%zmm6,%zmm18
  0.21 8dcd:	vfmadd231pd %zmm12,%zmm4,%zmm18
  1.94 8dd3:	vbroadcastsd 0x72db(%rip),%zmm12        # 100b8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56d8>
  0.00 8ddd:	vaddpd %zmm12,%zmm17,%zmm19
  0.00 8de3:	vmulpd %zmm4,%zmm4,%zmm20
  0.08 8de9:	vaddpd %zmm4,%zmm4,%zmm22
  0.00 8def:	vmovapd %zmm4,%zmm23
  0.00 8df5:	vfmsub213pd %zmm20,%zmm4,%zmm23
  0.00 8dfb:	vfmadd231pd %zmm22,%zmm6,%zmm23
  0.06 8e01:	vmulpd %zmm19,%zmm20,%zmm22
  0.41 8e07:	vmovapd %zmm19,%zmm24
  0.00 8e0d:	vfmsub213pd %zmm22,%zmm20,%zmm24
  0.02 8e13:	vfmadd231pd %zmm23,%zmm19,%zmm24
  0.17 8e19:	vsubpd %zmm17,%zmm19,%zmm23
  0.00 8e1f:	vsubpd %zmm23,%zmm19,%zmm19
  0.00 8e25:	vsubpd %zmm19,%zmm17,%zmm17
  0.02 8e2b:	vsubpd %zmm23,%zmm12,%zmm12
  0.19 8e31:	vaddpd %zmm17,%zmm12,%zmm12
  1.40 8e37:	vaddpd %zmm12,%zmm18,%zmm12
  1.14 8e3d:	vaddpd %zmm22,%zmm4,%zmm17
  0.00 8e43:	vfmadd231pd %zmm12,%zmm20,%zmm24
  2.70 8e49:	vsubpd %zmm4,%zmm17,%zmm12
  0.00 8e4f:	vsubpd %zmm12,%zmm17,%zmm18
  0.00 8e55:	vsubpd %zmm18,%zmm4,%zmm4
  0.00 8e5b:	vcvtpd2dq {rn-sae},%zmm1,%ymm18
  0.08 8e61:	vsubpd %zmm12,%zmm22,%zmm1
  0.00 8e67:	vaddpd %zmm4,%zmm1,%zmm1
  0.14 8e6d:	vaddpd %zmm24,%zmm6,%zmm4
  2.19 8e73:	vxorpd %xmm0,%xmm0,%xmm0
  0.00 8e77:	vaddpd %zmm4,%zmm1,%zmm4
  1.94 8e7d:	vbroadcastsd 0x7181(%rip),%zmm1        # 10008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5628>
  0.00 8e87:	vaddpd %zmm1,%zmm17,%zmm6
  0.02 8e8d:	vsubpd %zmm6,%zmm1,%zmm12
  0.02 8e93:	vaddpd %zmm12,%zmm17,%zmm12
  0.00 8e99:	vaddpd %zmm4,%zmm12,%zmm4
  1.98 8e9f:	vpsrad $0x1,%ymm18,%ymm12
  0.02 8ea6:	vpbroadcastd 0x7288(%rip),%ymm17        # 10138 <_pocl_kernel_clact_bwd_workgroup_fast+0x5758>
  0.00 8eb0:	vpaddd %ymm17,%ymm12,%ymm19
  0.00 8eb6:	mov    $0xaaaa,%ax
  0.00 8eba:	kmovd  %eax,%k1
  0.00 8ebe:	vpexpandd %zmm19,%zmm19{%k1}{z}
  0.00 8ec4:	vfmadd132pd 0x480(%rsp),%zmm9,%zmm10
  0.64 8ecc:	vpslld $0x14,%zmm19,%zmm19
  0.00 8ed3:	vpsubd %ymm12,%ymm18,%ymm12
  0.00 8ed9:	vpaddd %ymm17,%ymm12,%ymm12
  0.00 8edf:	vpexpandd %zmm12,%zmm12{%k1}{z}
  0.02 8ee5:	vmulpd %zmm19,%zmm6,%zmm6
  0.00 8eeb:	vpslld $0x14,%zmm12,%zmm12
  0.00 8ef2:	vmulpd %zmm12,%zmm6,%zmm6
  0.68 8ef8:	vmulpd %zmm19,%zmm4,%zmm4
  1.45 8efe:	vcmpltpd 0x71b7(%rip){1to8},%zmm2,%k1        # 100c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56e0>
  0.00 8f09:	vmulpd %zmm12,%zmm4,%zmm4
  2.35 8f0f:	vmovapd %zmm29,%zmm6{%k1}
  0.00 8f15:	vmovapd %zmm29,%zmm4{%k1}
  1.34 8f1b:	vbroadcastsd 0x71a3(%rip),%zmm12        # 100c8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56e8>
  0.00 8f25:	vaddpd %zmm12,%zmm6,%zmm17
  0.00 8f2b:	vsubpd %zmm6,%zmm17,%zmm18
  0.00 8f31:	vsubpd %zmm18,%zmm17,%zmm19
  0.00 8f37:	vsubpd %zmm19,%zmm6,%zmm6
  0.06 8f3d:	vsubpd %zmm18,%zmm12,%zmm18
  0.12 8f43:	vaddpd %zmm6,%zmm18,%zmm6
  0.41 8f49:	vaddpd %zmm4,%zmm6,%zmm4
  1.69 8f4f:	vaddpd %zmm4,%zmm17,%zmm4
  1.92 8f55:	vcmpgtpd 0x7170(%rip){1to8},%zmm2,%k1        # 100d0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56f0>
  0.00 8f60:	vmovapd %zmm13,%zmm4{%k1}
  1.16 8f66:	vcmpltpd 0x7167(%rip){1to8},%zmm2,%k1        # 100d8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56f8>
  0.00 8f71:	vcmpeqpd %zmm13,%zmm31,%k2
  0.00 8f78:	vmovapd %zmm12,%zmm4{%k1}
  0.93 8f7e:	vpcmpeqq 0x7078(%rip){1to8},%zmm2,%k1        # 10000 <_pocl_kernel_clact_bwd_workgroup_fast+0x5620>
  0.04 8f88:	vmovapd %zmm3,%zmm4{%k1}
  0.89 8f8e:	vmovapd %zmm12,%zmm4{%k2}
  0.60 8f94:	vpaddq 0x7142(%rip){1to8},%zmm16,%zmm2        # 100e0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5700>
  0.00 8f9e:	vpsllq $0x34,%zmm2,%zmm6
  0.00 8fa5:	vpcmpgtq 0x7139(%rip){1to8},%zmm2,%k1        # 100e8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5708>
  0.08 8faf:	vmovapd %zmm6,%zmm6{%k1}{z}
  0.00 8fb5:	vmovapd %zmm6,%zmm16
  0.00 8fbb:	vfmadd213pd %zmm6,%zmm4,%zmm16
  2.64 8fc1:	vsubpd %zmm16,%zmm6,%zmm17
  1.94 8fc7:	vfmadd231pd %zmm6,%zmm4,%zmm17
  3.08 8fcd:	vsubpd %zmm10,%zmm17,%zmm10
  2.35 8fd3:	vaddpd %zmm1,%zmm16,%zmm17
  0.00 8fd9:	vaddpd %zmm12,%zmm17,%zmm18
  0.00 8fdf:	vsubpd %zmm18,%zmm6,%zmm18
  0.10 8fe5:	vfmadd231pd %zmm6,%zmm4,%zmm18
  2.46 8feb:	vmulpd %zmm17,%zmm17,%zmm6
  0.00 8ff1:	vxorpd %zmm3,%zmm17,%zmm19
  0.00 8ff7:	vsubpd %zmm17,%zmm19,%zmm19
  0.02 8ffd:	vfnmadd213pd %zmm6,%zmm17,%zmm17
  0.14 9003:	vfmadd231pd %zmm19,%zmm18,%zmm17
  2.73 9009:	vaddpd %zmm1,%zmm9,%zmm18
  0.00 900f:	vaddpd %zmm16,%zmm18,%zmm19
  0.00 9015:	vaddpd %zmm10,%zmm19,%zmm10
  0.04 901b:	vmovapd %zmm10,%zmm19
  0.00 9021:	vfmadd231pd %zmm10,%zmm4,%zmm19
  0.19 9027:	vsubpd %zmm19,%zmm10,%zmm20
  1.69 902d:	vfmadd231pd %zmm4,%zmm10,%zmm20
  3.92 9033:	vmulpd %zmm16,%zmm18,%zmm4
  0.00 9039:	vaddpd %zmm1,%zmm4,%zmm1
  0.00 903f:	vaddpd %zmm12,%zmm1,%zmm10
  0.00 9045:	vsubpd %zmm10,%zmm4,%zmm4
  0.00 904b:	vcmpltpd %zmm29,%zmm9,%k1
  0.00 9052:	vmovapd %zmm19,%zmm1{%k1}
  0.00 9058:	vmovapd %zmm20,%zmm4{%k1}
  1.94 905e:	vdivpd %zmm6,%zmm1,%zmm1
 10.82 9064:	vfmadd231pd %zmm17,%zmm1,%zmm4
  2.81 906a:	vpbroadcastq 0x707c(%rip),%zmm10        # 100f0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5710>
  0.00 9074:	vpsubq %zmm6,%zmm10,%zmm6
  0.00 907a:	vfmadd213pd %zmm1,%zmm4,%zmm6
  3.01 9080:	vpbroadcastq 0x706e(%rip),%zmm1        # 100f8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5718>
  0.00 908a:	vmovdqa64 %zmm2,%zmm1{%k1}
  0.00 9090:	vpmaxsq 0x7066(%rip){1to8},%zmm1,%zmm2        # 10100 <_pocl_kernel_clact_bwd_workgroup_fast+0x5720>
  0.00 909a:	vpsllq $0x34,%zmm2,%zmm4
  0.00 90a1:	vmulpd %zmm4,%zmm6,%zmm4
  2.77 90a7:	mov    0x50(%rsp),%rax
  0.00 90ac:	prefetcht0 0x800(%rax,%rdi,1)
  0.04 90b4:	vpsubq %zmm2,%zmm1,%zmm1
  0.00 90ba:	vmovapd (%rax,%rdi,1),%zmm2
  0.06 90c1:	vcmpltpd %zmm14,%zmm9,%k1
  0.00 90c8:	vbroadcastsd 0x7036(%rip),%zmm4{%k1}        # 10108 <_pocl_kernel_clact_bwd_workgroup_fast+0x5728>
  1.01 90d2:	vpbroadcastq 0x7034(%rip),%zmm1{%k1}        # 10110 <_pocl_kernel_clact_bwd_workgroup_fast+0x5730>
  0.00 90dc:	vcmpneqpd 0x7031(%rip){1to8},%zmm9,%k1        # 10118 <_pocl_kernel_clact_bwd_workgroup_fast+0x5738>
  0.31 90e7:	vmovapd %zmm4,%zmm4{%k1}{z}
  0.83 90ed:	vcmpeqpd %zmm13,%zmm9,%k1
  0.00 90f4:	vmulpd %zmm4,%zmm2,%zmm4
  2.81 90fa:	vmovapd %zmm2,%zmm4{%k1}
  1.59 9100:	vpmaxsq 0x701e(%rip){1to8},%zmm1,%zmm2        # 10128 <_pocl_kernel_clact_bwd_workgroup_fast+0x5748>
  0.00 910a:	vpsllq $0x34,%zmm2,%zmm6
  0.00 9111:	vpsubq %zmm2,%zmm1,%zmm1
  0.00 9117:	vpbroadcastq 0x6ee7(%rip),%zmm2        # 10008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5628>
  0.00 9121:	vpaddq %zmm2,%zmm6,%zmm6
  0.00 9127:	vpsllq $0x34,%zmm1,%zmm1
  0.00 912e:	vpaddq %zmm2,%zmm1,%zmm1
  0.37 9134:	vmulpd %zmm4,%zmm5,%zmm2
  2.89 913a:	vmulpd %zmm6,%zmm2,%zmm2
  2.75 9140:	vmulpd %zmm1,%zmm2,%zmm1
  2.19 9146:	mov    0x48(%rsp),%rax
  0.14 914b:	vmovapd %zmm1,(%rax,%rdi,1)
  2.23 9152:	add    $0x40,%rdi
  0.00 9156:	inc    %rdx
  0.00 9159:	jne    8c20 <_pocl_kernel_clact_bwd_workgroup+0x2f90>
