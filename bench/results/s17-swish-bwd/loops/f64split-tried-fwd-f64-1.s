# block 6720-6b88: 174 instructions
  0.00 6720:	mov    0x38(%rsp),%rax
  0.00 6725:	prefetcht0 0x800(%rax,%rdx,1)
  0.00 672d:	vmovapd (%rax,%rdx,1),%zmm15
  0.05 6734:	vandpd %zmm8,%zmm15,%zmm31
  0.92 673a:	vorpd  %zmm9,%zmm15,%zmm13
  0.00 6740:	vcmpgtpd %zmm25,%zmm31,%k1
  0.00 6747:	vbroadcastsd 0x78d7(%rip),%zmm13{%k1}        # e028 <_pocl_kernel_clact_fwd_workgroup_fast+0x4988>
  0.05 6751:	vmovapd %zmm2,%zmm5
  0.00 6757:	vfmadd213pd %zmm12,%zmm13,%zmm5
  0.03 675d:	vsubpd %zmm5,%zmm12,%zmm1
  0.03 6763:	vfmadd231pd 0x380(%rsp),%zmm1,%zmm13
  0.05 676b:	vfmadd231pd 0x340(%rsp),%zmm1,%zmm13
  0.78 6773:	vaddpd %zmm17,%zmm13,%zmm1
  0.00 6779:	vmulpd %zmm2,%zmm1,%zmm1
  0.08 677f:	vextractf64x4 $0x1,%zmm1,%ymm4
  0.00 6786:	vroundpd $0x8,%ymm4,%ymm4
  0.03 678c:	vroundpd $0x8,%ymm1,%ymm1
  0.05 6792:	vinsertf64x4 $0x1,%ymm4,%zmm1,%zmm1
  0.84 6799:	vmulpd 0x300(%rsp),%zmm1,%zmm4
  0.03 67a1:	vaddpd %zmm13,%zmm4,%zmm7
  0.03 67a7:	vsubpd %zmm13,%zmm7,%zmm10
  0.03 67ad:	vsubpd %zmm10,%zmm7,%zmm14
  0.00 67b3:	vsubpd %zmm14,%zmm13,%zmm14
  0.00 67b9:	vsubpd %zmm10,%zmm4,%zmm4
  0.00 67bf:	vaddpd %zmm14,%zmm4,%zmm4
  0.05 67c5:	vaddpd %zmm17,%zmm4,%zmm10
  0.62 67cb:	vmulpd 0x2c0(%rsp),%zmm1,%zmm14
  0.00 67d3:	vaddpd %zmm7,%zmm14,%zmm4
  0.08 67d9:	vsubpd %zmm7,%zmm4,%zmm16
  0.00 67df:	vsubpd %zmm16,%zmm4,%zmm18
  0.00 67e5:	vsubpd %zmm18,%zmm7,%zmm7
  0.00 67eb:	vsubpd %zmm16,%zmm14,%zmm14
  0.00 67f1:	vaddpd %zmm7,%zmm14,%zmm7
  0.03 67f7:	vaddpd %zmm7,%zmm10,%zmm7
  0.84 67fd:	vmovapd %zmm20,%zmm10
  0.00 6803:	vfmadd213pd 0x280(%rsp),%zmm4,%zmm10
  0.00 680b:	vfmadd213pd 0x240(%rsp),%zmm4,%zmm10
  0.00 6813:	vfmadd213pd 0x200(%rsp),%zmm4,%zmm10
  0.00 681b:	vfmadd213pd 0x1c0(%rsp),%zmm4,%zmm10
  0.00 6823:	vfmadd213pd 0x180(%rsp),%zmm4,%zmm10
  0.00 682b:	vfmadd213pd 0x140(%rsp),%zmm4,%zmm10
  0.05 6833:	vfmadd213pd 0x100(%rsp),%zmm4,%zmm10
  0.89 683b:	vfmadd213pd %zmm28,%zmm4,%zmm10
  0.00 6841:	vfmadd213pd %zmm29,%zmm4,%zmm10
  0.00 6847:	vmulpd %zmm10,%zmm4,%zmm14
  0.05 684d:	vmovapd %zmm10,%zmm16
  0.00 6853:	vfmsub213pd %zmm14,%zmm4,%zmm16
  0.05 6859:	vfmadd231pd %zmm10,%zmm7,%zmm16
  0.11 685f:	vaddpd %zmm30,%zmm14,%zmm10
  0.05 6865:	vsubpd %zmm14,%zmm10,%zmm18
  0.81 686b:	vsubpd %zmm18,%zmm10,%zmm19
  0.14 6871:	vsubpd %zmm19,%zmm14,%zmm14
  0.43 6877:	vsubpd %zmm18,%zmm30,%zmm18
  0.00 687d:	vaddpd %zmm14,%zmm18,%zmm14
  0.59 6883:	vaddpd %zmm14,%zmm16,%zmm14
  0.89 6889:	vmulpd %zmm10,%zmm4,%zmm16
  0.00 688f:	vmovapd %zmm10,%zmm18
  0.00 6895:	vfmsub213pd %zmm16,%zmm4,%zmm18
  0.46 689b:	vfmadd231pd %zmm10,%zmm7,%zmm18
  0.03 68a1:	vfmadd231pd %zmm14,%zmm4,%zmm18
  1.40 68a7:	vbroadcastsd 0x7807(%rip),%zmm10        # e0b8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a18>
  0.00 68b1:	vaddpd %zmm10,%zmm16,%zmm23
  0.00 68b7:	vmulpd %zmm4,%zmm4,%zmm19
  0.00 68bd:	vaddpd %zmm4,%zmm4,%zmm21
  0.00 68c3:	vmovapd %zmm4,%zmm22
  0.00 68c9:	vfmsub213pd %zmm19,%zmm4,%zmm22
  0.49 68cf:	vfmadd231pd %zmm21,%zmm7,%zmm22
  0.00 68d5:	vmulpd %zmm23,%zmm19,%zmm21
  0.30 68db:	vmovapd %zmm23,%zmm14
  0.00 68e1:	vfmsub213pd %zmm21,%zmm19,%zmm14
  0.00 68e7:	vfmadd231pd %zmm22,%zmm23,%zmm14
  0.22 68ed:	vsubpd %zmm16,%zmm23,%zmm22
  0.00 68f3:	vsubpd %zmm22,%zmm23,%zmm23
  0.00 68f9:	vsubpd %zmm23,%zmm16,%zmm16
  0.59 68ff:	vsubpd %zmm22,%zmm10,%zmm10
  0.00 6905:	vaddpd %zmm16,%zmm10,%zmm10
  0.95 690b:	vaddpd %zmm10,%zmm18,%zmm10
  1.49 6911:	vaddpd %zmm21,%zmm4,%zmm16
  0.00 6917:	vfmadd231pd %zmm10,%zmm19,%zmm14
  2.62 691d:	vsubpd %zmm4,%zmm16,%zmm10
  0.00 6923:	vsubpd %zmm10,%zmm16,%zmm18
  0.00 6929:	vsubpd %zmm18,%zmm4,%zmm4
  0.32 692f:	vcvtpd2dq {rn-sae},%zmm1,%ymm1
  0.00 6935:	vsubpd %zmm10,%zmm21,%zmm10
  0.19 693b:	vaddpd %zmm4,%zmm10,%zmm4
  0.32 6941:	vaddpd %zmm14,%zmm7,%zmm7
  2.19 6947:	vaddpd %zmm7,%zmm4,%zmm4
  1.73 694d:	vbroadcastsd 0x76b1(%rip),%zmm7        # e008 <_pocl_kernel_clact_fwd_workgroup_fast+0x4968>
  0.00 6957:	vaddpd %zmm7,%zmm16,%zmm10
  0.41 695d:	vsubpd %zmm10,%zmm7,%zmm14
  0.00 6963:	vaddpd %zmm14,%zmm16,%zmm14
  0.03 6969:	vaddpd %zmm4,%zmm14,%zmm4
  1.94 696f:	vpsrad $0x1,%ymm1,%ymm14
  0.03 6974:	vpbroadcastd 0x779a(%rip),%ymm16        # e118 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a78>
  0.05 697e:	vpaddd %ymm16,%ymm14,%ymm18
  0.08 6984:	mov    $0xaaaa,%ax
  0.03 6988:	kmovd  %eax,%k1
  0.08 698c:	vpexpandd %zmm18,%zmm18{%k1}{z}
  0.00 6992:	vpslld $0x14,%zmm18,%zmm18
  0.73 6999:	vmulpd %zmm18,%zmm10,%zmm10
  0.00 699f:	vpsubd %ymm14,%ymm1,%ymm1
  0.03 69a4:	vpaddd %ymm16,%ymm1,%ymm1
  0.16 69aa:	vpexpandd %zmm1,%zmm1{%k1}{z}
  0.59 69b0:	vpslld $0x14,%zmm1,%zmm1
  0.00 69b7:	vmulpd %zmm1,%zmm10,%zmm10
  0.00 69bd:	vmulpd %zmm18,%zmm4,%zmm4
  2.86 69c3:	vmulpd %zmm1,%zmm4,%zmm1
  2.70 69c9:	vcmpltpd 0x76ec(%rip){1to8},%zmm13,%k2        # e0c0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a20>
  0.00 69d4:	vmovapd %zmm17,%zmm10{%k2}
  0.05 69da:	vbroadcastsd 0x76e4(%rip),%zmm4        # e0c8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a28>
  0.19 69e4:	vaddpd %zmm4,%zmm10,%zmm14
  0.00 69ea:	vsubpd %zmm10,%zmm14,%zmm16
  0.00 69f0:	vsubpd %zmm16,%zmm14,%zmm18
  0.11 69f6:	vsubpd %zmm18,%zmm10,%zmm10
  1.35 69fc:	vsubpd %zmm16,%zmm4,%zmm16
  0.03 6a02:	vaddpd %zmm10,%zmm16,%zmm10
  0.89 6a08:	vcmpeqpd %zmm11,%zmm31,%k1
  0.00 6a0f:	vmovapd %zmm17,%zmm1{%k2}
  0.97 6a15:	vaddpd %zmm1,%zmm10,%zmm1
  2.19 6a1b:	vaddpd %zmm1,%zmm14,%zmm1
  2.59 6a21:	vcmpgtpd 0x76a4(%rip){1to8},%zmm13,%k2        # e0d0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a30>
  0.00 6a2c:	vmovapd %zmm11,%zmm1{%k2}
  2.57 6a32:	vcmpltpd 0x769b(%rip){1to8},%zmm13,%k2        # e0d8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a38>
  0.00 6a3d:	vmovapd %zmm4,%zmm1{%k2}
  1.32 6a43:	vpbroadcastq 0x75b3(%rip),%zmm10        # e000 <_pocl_kernel_clact_fwd_workgroup_fast+0x4960>
  0.00 6a4d:	vpcmpeqq %zmm10,%zmm13,%k2
  0.00 6a53:	vmovapd %zmm9,%zmm1{%k2}
  1.03 6a59:	vmovapd %zmm4,%zmm1{%k1}
  1.03 6a5f:	vpaddq 0x7677(%rip){1to8},%zmm5,%zmm5        # e0e0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a40>
  0.03 6a69:	vpsllq $0x34,%zmm5,%zmm13
  0.00 6a70:	vpcmpgtq 0x766e(%rip){1to8},%zmm5,%k2        # e0e8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a48>
  0.11 6a7a:	vmovapd %zmm13,%zmm13{%k2}{z}
  0.00 6a80:	vmovapd %zmm13,%zmm14
  0.00 6a86:	vfmadd213pd %zmm13,%zmm1,%zmm14
  4.02 6a8c:	vaddpd %zmm7,%zmm14,%zmm7
  2.35 6a92:	vaddpd %zmm4,%zmm7,%zmm4
  3.40 6a98:	vsubpd %zmm4,%zmm13,%zmm4
  2.51 6a9e:	vfmadd231pd %zmm13,%zmm1,%zmm4
  4.00 6aa4:	vcmpltpd %zmm17,%zmm15,%k2
  0.00 6aab:	vmovapd %zmm1,%zmm1{%k2}{z}
  0.00 6ab1:	vmovapd %zmm15,%zmm13
  0.00 6ab7:	vfmadd231pd %zmm15,%zmm1,%zmm13
  0.00 6abd:	vsubpd %zmm13,%zmm15,%zmm14
  0.00 6ac3:	vfmadd231pd %zmm1,%zmm15,%zmm14
  0.03 6ac9:	vdivpd %zmm7,%zmm13,%zmm1
 10.21 6acf:	vpbroadcastq 0x7617(%rip),%zmm13        # e0f0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a50>
  0.00 6ad9:	vfnmadd231pd %zmm4,%zmm1,%zmm14
  4.02 6adf:	vpsubq %zmm7,%zmm13,%zmm4
  0.00 6ae5:	vxorpd %xmm6,%xmm6,%xmm6
  0.00 6ae9:	vfmadd213pd %zmm1,%zmm14,%zmm4
  3.73 6aef:	vpbroadcastq 0x75ff(%rip),%zmm1        # e0f8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a58>
  0.00 6af9:	vmovdqa64 %zmm5,%zmm1{%k2}
  0.00 6aff:	vpmaxsq 0x75f7(%rip){1to8},%zmm1,%zmm5        # e100 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a60>
  0.00 6b09:	vpsllq $0x34,%zmm5,%zmm7
  0.00 6b10:	vmulpd %zmm7,%zmm4,%zmm4
  3.54 6b16:	vpsubq %zmm5,%zmm1,%zmm1
  0.00 6b1c:	vmovapd %zmm17,%zmm31{%k2}
  0.00 6b22:	vmovapd %zmm31,%zmm4{%k1}
  2.13 6b28:	vpternlogq $0xf8,%zmm10,%zmm15,%zmm4
  0.89 6b2f:	vpmaxsq 0x75cf(%rip){1to8},%zmm1,%zmm5        # e108 <_pocl_kernel_clact_fwd_workgroup_fast+0x4a68>
  0.00 6b39:	vpsllq $0x34,%zmm5,%zmm7
  0.00 6b40:	vpsubq %zmm5,%zmm1,%zmm1
  0.00 6b46:	vpbroadcastq 0x74b8(%rip),%zmm5        # e008 <_pocl_kernel_clact_fwd_workgroup_fast+0x4968>
  0.00 6b50:	vpaddq %zmm5,%zmm7,%zmm7
  0.00 6b56:	vpsllq $0x34,%zmm1,%zmm1
  0.00 6b5d:	vpaddq %zmm5,%zmm1,%zmm1
  0.65 6b63:	vmulpd %zmm4,%zmm3,%zmm4
  3.32 6b69:	vmulpd %zmm7,%zmm4,%zmm4
  3.65 6b6f:	vmulpd %zmm1,%zmm4,%zmm1
  3.75 6b75:	mov    0x28(%rsp),%rax
  0.22 6b7a:	vmovapd %zmm1,(%rax,%rdx,1)
  1.35 6b81:	add    $0x40,%rdx
  0.00 6b85:	inc    %rcx
  0.00 6b88:	jne    6720 <_pocl_kernel_clact_fwd_workgroup+0x1400>
