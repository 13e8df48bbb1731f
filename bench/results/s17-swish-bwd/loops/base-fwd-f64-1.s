# block 6580-6586: 2 instructions (no samples)
  0.00 6580:	vmulpd %zmm7,%zmm31,%zmm5
  0.00 6586:	vpxor  %xmm10,%xmm10,%xmm10
# block 658b-65d6: 14 instructions
  0.00 658b:	vpmaxsq %zmm8,%zmm10,%zmm4
  0.00 6591:	vpsllq $0x34,%zmm4,%zmm13
  0.00 6598:	vpaddq %zmm9,%zmm13,%zmm13
  0.05 659e:	vpsubq %zmm4,%zmm10,%zmm4
  0.00 65a4:	vpsllq $0x34,%zmm4,%zmm4
  0.00 65ab:	vpaddq %zmm9,%zmm4,%zmm4
  0.31 65b1:	vmulpd %zmm5,%zmm3,%zmm5
  3.01 65b7:	vmulpd %zmm13,%zmm5,%zmm5
  3.73 65bd:	vmulpd %zmm4,%zmm5,%zmm4
  2.95 65c3:	mov    0x38(%rsp),%rax
  0.21 65c8:	vmovapd %zmm4,(%rax,%rdx,1)
  2.62 65cf:	add    $0x40,%rdx
  0.00 65d3:	inc    %rcx
  0.00 65d6:	je     8090 <_pocl_kernel_clact_fwd_workgroup+0x3300>
# block 65dc-65f4: 5 instructions
  0.00 65dc:	vucomisd %xmm2,%xmm0
  0.00 65e0:	mov    0x48(%rsp),%rax
  0.00 65e5:	prefetcht0 0x800(%rax,%rdx,1)
  0.00 65ed:	vmovapd (%rax,%rdx,1),%zmm31
  0.85 65f4:	jne    65f8 <_pocl_kernel_clact_fwd_workgroup+0x1868>
# block 65f6-65f6: 1 instructions (no samples)
  0.00 65f6:	jnp    6580 <_pocl_kernel_clact_fwd_workgroup+0x17f0>
# block 65f8-6600: 2 instructions
  0.00 65f8:	vucomisd 0x6a08(%rip),%xmm0        # d008 <_pocl_kernel_clact_fwd_workgroup_fast+0x44c8>
  0.03 6600:	jne    6a11 <_pocl_kernel_clact_fwd_workgroup+0x1c81>
# block 6606-6606: 1 instructions (no samples)
  0.00 6606:	jp     6a11 <_pocl_kernel_clact_fwd_workgroup+0x1c81>
# block 660c-6a0c: 155 instructions
  0.00 660c:	vandpd %zmm11,%zmm31,%zmm30
  0.00 6612:	vorpd  %zmm12,%zmm31,%zmm16
  0.00 6618:	vcmpgtpd 0x380(%rsp),%zmm30,%k1
  0.90 6621:	vbroadcastsd 0x69fd(%rip),%zmm16{%k1}        # d028 <_pocl_kernel_clact_fwd_workgroup_fast+0x44e8>
  0.08 662b:	vmovapd %zmm17,%zmm10
  0.00 6631:	vfmadd213pd %zmm15,%zmm16,%zmm10
  0.03 6637:	vsubpd %zmm10,%zmm15,%zmm4
  0.03 663d:	vfmadd231pd 0x340(%rsp),%zmm4,%zmm16
  0.08 6645:	vfmadd231pd 0x300(%rsp),%zmm4,%zmm16
  0.10 664d:	vaddpd %zmm20,%zmm16,%zmm4
  0.92 6653:	vmulpd %zmm17,%zmm4,%zmm4
  0.00 6659:	vextractf64x4 $0x1,%zmm4,%ymm5
  0.10 6660:	vroundpd $0x8,%ymm5,%ymm5
  0.05 6666:	vroundpd $0x8,%ymm4,%ymm4
  0.00 666c:	vinsertf64x4 $0x1,%ymm5,%zmm4,%zmm5
  0.05 6673:	vmulpd 0x2c0(%rsp),%zmm5,%zmm4
  0.64 667b:	vaddpd %zmm4,%zmm16,%zmm18
  0.03 6681:	vsubpd %zmm16,%zmm18,%zmm13
  0.05 6687:	vsubpd %zmm13,%zmm18,%zmm19
  0.00 668d:	vsubpd %zmm19,%zmm16,%zmm19
  0.00 6693:	vsubpd %zmm13,%zmm4,%zmm4
  0.00 6699:	vaddpd %zmm19,%zmm4,%zmm4
  0.00 669f:	vaddpd %zmm20,%zmm4,%zmm4
  0.05 66a5:	vmulpd 0x280(%rsp),%zmm5,%zmm19
  0.67 66ad:	vaddpd %zmm18,%zmm19,%zmm13
  0.00 66b3:	vsubpd %zmm18,%zmm13,%zmm21
  0.08 66b9:	vsubpd %zmm21,%zmm13,%zmm24
  0.00 66bf:	vsubpd %zmm24,%zmm18,%zmm18
  0.00 66c5:	vsubpd %zmm21,%zmm19,%zmm19
  0.00 66cb:	vaddpd %zmm18,%zmm19,%zmm18
  0.00 66d1:	vmovapd %zmm23,%zmm19
  0.00 66d7:	vfmadd213pd 0x240(%rsp),%zmm13,%zmm19
  0.77 66df:	vfmadd213pd 0x200(%rsp),%zmm13,%zmm19
  0.00 66e7:	vfmadd213pd 0x1c0(%rsp),%zmm13,%zmm19
  0.08 66ef:	vfmadd213pd 0x180(%rsp),%zmm13,%zmm19
  0.03 66f7:	vfmadd213pd 0x140(%rsp),%zmm13,%zmm19
  0.03 66ff:	vfmadd213pd 0x100(%rsp),%zmm13,%zmm19
  0.03 6707:	vfmadd213pd 0x6987(%rip){1to8},%zmm13,%zmm19        # d098 <_pocl_kernel_clact_fwd_workgroup_fast+0x4558>
  0.03 6711:	vfmadd213pd 0x6985(%rip){1to8},%zmm13,%zmm19        # d0a0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4560>
  0.10 671b:	vaddpd %zmm18,%zmm4,%zmm4
  0.59 6721:	vfmadd213pd 0x697d(%rip){1to8},%zmm13,%zmm19        # d0a8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4568>
  0.05 672b:	vmulpd %zmm19,%zmm13,%zmm18
  0.05 6731:	vmovapd %zmm19,%zmm21
  0.00 6737:	vfmsub213pd %zmm18,%zmm13,%zmm21
  0.08 673d:	vfmadd231pd %zmm19,%zmm4,%zmm21
  0.23 6743:	vbroadcastsd 0x6963(%rip),%zmm19        # d0b0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4570>
  0.00 674d:	vaddpd %zmm19,%zmm18,%zmm24
  0.00 6753:	vsubpd %zmm18,%zmm24,%zmm25
  0.87 6759:	vsubpd %zmm25,%zmm24,%zmm26
  0.15 675f:	vsubpd %zmm26,%zmm18,%zmm18
  0.51 6765:	vsubpd %zmm25,%zmm19,%zmm19
  0.00 676b:	vaddpd %zmm18,%zmm19,%zmm18
  0.75 6771:	vaddpd %zmm18,%zmm21,%zmm18
  1.18 6777:	vmulpd %zmm24,%zmm13,%zmm19
  0.00 677d:	vmovapd %zmm24,%zmm21
  0.03 6783:	vfmsub213pd %zmm19,%zmm13,%zmm21
  0.57 6789:	vfmadd231pd %zmm24,%zmm4,%zmm21
  0.00 678f:	vfmadd231pd %zmm18,%zmm13,%zmm21
  1.23 6795:	vaddpd %zmm7,%zmm19,%zmm18
  0.00 679b:	vmulpd %zmm13,%zmm13,%zmm24
  0.00 67a1:	vaddpd %zmm13,%zmm13,%zmm25
  0.08 67a7:	vmulpd %zmm18,%zmm24,%zmm26
  0.00 67ad:	vaddpd %zmm26,%zmm13,%zmm27
  0.03 67b3:	vsubpd %zmm13,%zmm27,%zmm28
  0.41 67b9:	vsubpd %zmm28,%zmm27,%zmm29
  0.26 67bf:	vsubpd %zmm29,%zmm13,%zmm29
  1.10 67c5:	vfmsub213pd %zmm24,%zmm13,%zmm13
  0.00 67cb:	vfmadd231pd %zmm25,%zmm4,%zmm13
  0.00 67d1:	vmovapd %zmm18,%zmm25
  0.03 67d7:	vfmsub213pd %zmm26,%zmm24,%zmm25
  0.00 67dd:	vfmadd231pd %zmm13,%zmm18,%zmm25
  0.00 67e3:	vsubpd %zmm19,%zmm18,%zmm13
  0.49 67e9:	vsubpd %zmm13,%zmm18,%zmm18
  0.05 67ef:	vsubpd %zmm18,%zmm19,%zmm18
  0.46 67f5:	vsubpd %zmm13,%zmm7,%zmm13
  0.00 67fb:	vaddpd %zmm18,%zmm13,%zmm13
  0.03 6801:	vaddpd %zmm13,%zmm21,%zmm13
  0.49 6807:	vcvtpd2dq {rn-sae},%zmm5,%ymm5
  0.03 680d:	vfmadd231pd %zmm13,%zmm24,%zmm25
  2.70 6813:	vsubpd %zmm28,%zmm26,%zmm13
  0.00 6819:	vaddpd %zmm29,%zmm13,%zmm13
  0.10 681f:	vaddpd %zmm25,%zmm4,%zmm4
  1.49 6825:	vaddpd %zmm4,%zmm13,%zmm4
  2.06 682b:	vbroadcastsd 0x67d3(%rip),%zmm13        # d008 <_pocl_kernel_clact_fwd_workgroup_fast+0x44c8>
  0.00 6835:	vaddpd %zmm13,%zmm27,%zmm18
  0.03 683b:	vsubpd %zmm18,%zmm13,%zmm19
  0.00 6841:	vaddpd %zmm19,%zmm27,%zmm19
  0.18 6847:	vpsrad $0x1,%ymm5,%ymm21
  0.00 684e:	vpbroadcastd 0x68c0(%rip),%ymm24        # d118 <_pocl_kernel_clact_fwd_workgroup_fast+0x45d8>
  0.00 6858:	vpaddd %ymm24,%ymm21,%ymm25
  0.21 685e:	mov    $0xaaaa,%ax
  0.80 6862:	kmovd  %eax,%k1
  0.00 6866:	vpexpandd %zmm25,%zmm25{%k1}{z}
  0.00 686c:	vaddpd %zmm4,%zmm19,%zmm4
  1.44 6872:	vpslld $0x14,%zmm25,%zmm19
  0.00 6879:	vpsubd %ymm21,%ymm5,%ymm5
  0.00 687f:	vpaddd %ymm24,%ymm5,%ymm5
  0.13 6885:	vpexpandd %zmm5,%zmm5{%k1}{z}
  0.21 688b:	vmulpd %zmm19,%zmm18,%zmm18
  0.00 6891:	vpslld $0x14,%zmm5,%zmm5
  0.00 6898:	vmulpd %zmm5,%zmm18,%zmm18
  1.80 689e:	vmulpd %zmm19,%zmm4,%zmm4
  2.29 68a4:	vcmpltpd 0x6811(%rip){1to8},%zmm16,%k1        # d0c0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4580>
  0.03 68af:	vmulpd %zmm5,%zmm4,%zmm4
  2.85 68b5:	vmovapd %zmm20,%zmm18{%k1}
  0.00 68bb:	vmovapd %zmm20,%zmm4{%k1}
  2.31 68c1:	vbroadcastsd 0x67fd(%rip),%zmm5        # d0c8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4588>
  0.00 68cb:	vaddpd %zmm5,%zmm18,%zmm19
  0.15 68d1:	vsubpd %zmm18,%zmm19,%zmm21
  0.00 68d7:	vsubpd %zmm21,%zmm19,%zmm24
  0.00 68dd:	vsubpd %zmm24,%zmm18,%zmm18
  0.05 68e3:	vsubpd %zmm21,%zmm5,%zmm21
  0.26 68e9:	vaddpd %zmm18,%zmm21,%zmm18
  0.23 68ef:	vaddpd %zmm4,%zmm18,%zmm4
  2.75 68f5:	vaddpd %zmm4,%zmm19,%zmm4
  2.80 68fb:	vcmpgtpd 0x67ca(%rip){1to8},%zmm16,%k1        # d0d0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4590>
  0.00 6906:	vmovapd %zmm14,%zmm4{%k1}
  2.03 690c:	vcmpltpd 0x67c1(%rip){1to8},%zmm16,%k2        # d0d8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4598>
  0.00 6917:	vcmpeqpd %zmm14,%zmm30,%k1
  0.00 691e:	vmovapd %zmm5,%zmm4{%k2}
  1.10 6924:	vpbroadcastq 0x66d2(%rip),%zmm18        # d000 <_pocl_kernel_clact_fwd_workgroup_fast+0x44c0>
  0.10 692e:	vpcmpeqq %zmm18,%zmm16,%k2
  0.00 6934:	vmovapd %zmm12,%zmm4{%k2}
  0.92 693a:	vmovapd %zmm5,%zmm4{%k1}
  1.34 6940:	vpaddq 0x6796(%rip){1to8},%zmm10,%zmm10        # d0e0 <_pocl_kernel_clact_fwd_workgroup_fast+0x45a0>
  0.00 694a:	vpsllq $0x34,%zmm10,%zmm16
  0.00 6951:	vpcmpgtq 0x678d(%rip){1to8},%zmm10,%k2        # d0e8 <_pocl_kernel_clact_fwd_workgroup_fast+0x45a8>
  0.08 695b:	vmovapd %zmm16,%zmm16{%k2}{z}
  0.00 6961:	vmovapd %zmm16,%zmm19
  0.00 6967:	vfmadd213pd %zmm16,%zmm4,%zmm19
  3.49 696d:	vaddpd %zmm13,%zmm19,%zmm13
  2.95 6973:	vaddpd %zmm5,%zmm13,%zmm5
  3.65 6979:	vsubpd %zmm5,%zmm16,%zmm5
  2.60 697f:	vfmadd231pd %zmm16,%zmm4,%zmm5
  3.67 6985:	vcmpltpd %zmm20,%zmm31,%k2
  0.00 698c:	vmovapd %zmm4,%zmm4{%k2}{z}
  0.00 6992:	vmovapd %zmm31,%zmm16
  0.00 6998:	vfmadd231pd %zmm31,%zmm4,%zmm16
  0.00 699e:	vdivpd %zmm13,%zmm16,%zmm19
 11.56 69a4:	vsubpd %zmm16,%zmm31,%zmm16
  0.00 69aa:	vfmadd231pd %zmm4,%zmm31,%zmm16
  0.00 69b0:	vfnmadd231pd %zmm5,%zmm19,%zmm16
  3.24 69b6:	vpbroadcastq 0x6730(%rip),%zmm4        # d0f0 <_pocl_kernel_clact_fwd_workgroup_fast+0x45b0>
  0.03 69c0:	vpsubq %zmm13,%zmm4,%zmm4
  0.00 69c6:	vfmadd213pd %zmm19,%zmm16,%zmm4
  2.70 69cc:	vpbroadcastq 0x6722(%rip),%zmm13        # d0f8 <_pocl_kernel_clact_fwd_workgroup_fast+0x45b8>
  0.00 69d6:	vmovdqa64 %zmm10,%zmm13{%k2}
  0.00 69dc:	vpmaxsq 0x671a(%rip){1to8},%zmm13,%zmm10        # d100 <_pocl_kernel_clact_fwd_workgroup_fast+0x45c0>
  0.00 69e6:	vpsllq $0x34,%zmm10,%zmm5
  0.00 69ed:	vmulpd %zmm5,%zmm4,%zmm5
  3.78 69f3:	vpsubq %zmm10,%zmm13,%zmm10
  0.00 69f9:	vmovapd %zmm20,%zmm30{%k2}
  0.00 69ff:	vmovapd %zmm30,%zmm5{%k1}
  1.54 6a05:	vpternlogq $0xf8,%zmm18,%zmm31,%zmm5
  1.88 6a0c:	jmp    658b <_pocl_kernel_clact_fwd_workgroup+0x17fb>
# block 6a11-6e47: 163 instructions (no samples)
  0.00 6a11:	vmulpd 0x400(%rsp),%zmm31,%zmm10
  0.00 6a19:	vandpd %zmm11,%zmm31,%zmm30
  0.00 6a1f:	vandpd %zmm11,%zmm10,%zmm13
  0.00 6a25:	vmovapd 0x3c0(%rsp),%zmm4
  0.00 6a2d:	vorpd  %zmm12,%zmm10,%zmm18
  0.00 6a33:	vcmpgtpd 0x380(%rsp),%zmm13,%k1
  0.00 6a3c:	vbroadcastsd 0x65e2(%rip),%zmm18{%k1}        # d028 <_pocl_kernel_clact_fwd_workgroup_fast+0x44e8>
  0.00 6a46:	vfmadd213pd %zmm13,%zmm30,%zmm4
  0.00 6a4c:	vmovapd %zmm17,%zmm16
  0.00 6a52:	vfmadd213pd %zmm15,%zmm18,%zmm16
  0.00 6a58:	vsubpd %zmm16,%zmm15,%zmm5
  0.00 6a5e:	vfmadd231pd 0x340(%rsp),%zmm5,%zmm18
  0.00 6a66:	vfmadd231pd 0x300(%rsp),%zmm5,%zmm18
  0.00 6a6e:	vaddpd %zmm4,%zmm18,%zmm5
  0.00 6a74:	vmovapd %zmm18,%zmm5{%k1}
  0.00 6a7a:	vaddpd %zmm20,%zmm5,%zmm4
  0.00 6a80:	vmulpd %zmm17,%zmm4,%zmm4
  0.00 6a86:	vextractf64x4 $0x1,%zmm4,%ymm18
  0.00 6a8d:	vrndscalepd $0x8,%ymm18,%ymm18
  0.00 6a94:	vroundpd $0x8,%ymm4,%ymm4
  0.00 6a9a:	vinsertf64x4 $0x1,%ymm18,%zmm4,%zmm18
  0.00 6aa1:	vmulpd 0x2c0(%rsp),%zmm18,%zmm4
  0.00 6aa9:	vaddpd %zmm4,%zmm5,%zmm21
  0.00 6aaf:	vsubpd %zmm5,%zmm21,%zmm19
  0.00 6ab5:	vsubpd %zmm19,%zmm21,%zmm24
  0.00 6abb:	vsubpd %zmm24,%zmm5,%zmm24
  0.00 6ac1:	vsubpd %zmm19,%zmm4,%zmm4
  0.00 6ac7:	vaddpd %zmm24,%zmm4,%zmm4
  0.00 6acd:	vaddpd %zmm20,%zmm4,%zmm4
  0.00 6ad3:	vmulpd 0x280(%rsp),%zmm18,%zmm24
  0.00 6adb:	vaddpd %zmm21,%zmm24,%zmm19
  0.00 6ae1:	vsubpd %zmm21,%zmm19,%zmm25
  0.00 6ae7:	vsubpd %zmm25,%zmm19,%zmm26
  0.00 6aed:	vsubpd %zmm26,%zmm21,%zmm21
  0.00 6af3:	vsubpd %zmm25,%zmm24,%zmm24
  0.00 6af9:	vaddpd %zmm21,%zmm24,%zmm21
  0.00 6aff:	vaddpd %zmm21,%zmm4,%zmm21
  0.00 6b05:	vmovapd %zmm23,%zmm4
  0.00 6b0b:	vfmadd213pd 0x240(%rsp),%zmm19,%zmm4
  0.00 6b13:	vfmadd213pd 0x200(%rsp),%zmm19,%zmm4
  0.00 6b1b:	vfmadd213pd 0x1c0(%rsp),%zmm19,%zmm4
  0.00 6b23:	vfmadd213pd 0x180(%rsp),%zmm19,%zmm4
  0.00 6b2b:	vfmadd213pd 0x140(%rsp),%zmm19,%zmm4
  0.00 6b33:	vfmadd213pd 0x100(%rsp),%zmm19,%zmm4
  0.00 6b3b:	vfmadd213pd 0x6553(%rip){1to8},%zmm19,%zmm4        # d098 <_pocl_kernel_clact_fwd_workgroup_fast+0x4558>
  0.00 6b45:	vfmadd213pd 0x6551(%rip){1to8},%zmm19,%zmm4        # d0a0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4560>
  0.00 6b4f:	vfmadd213pd 0x654f(%rip){1to8},%zmm19,%zmm4        # d0a8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4568>
  0.00 6b59:	vmulpd %zmm4,%zmm19,%zmm24
  0.00 6b5f:	vmovapd %zmm4,%zmm25
  0.00 6b65:	vfmsub213pd %zmm24,%zmm19,%zmm25
  0.00 6b6b:	vbroadcastsd 0x653b(%rip),%zmm26        # d0b0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4570>
  0.00 6b75:	vfmadd231pd %zmm4,%zmm21,%zmm25
  0.00 6b7b:	vaddpd %zmm26,%zmm24,%zmm4
  0.00 6b81:	vsubpd %zmm24,%zmm4,%zmm27
  0.00 6b87:	vsubpd %zmm27,%zmm4,%zmm28
  0.00 6b8d:	vsubpd %zmm28,%zmm24,%zmm24
  0.00 6b93:	vsubpd %zmm27,%zmm26,%zmm26
  0.00 6b99:	vaddpd %zmm24,%zmm26,%zmm24
  0.00 6b9f:	vaddpd %zmm24,%zmm25,%zmm24
  0.00 6ba5:	vmulpd %zmm4,%zmm19,%zmm25
  0.00 6bab:	vmovapd %zmm4,%zmm26
  0.00 6bb1:	vfmsub213pd %zmm25,%zmm19,%zmm26
  0.00 6bb7:	vfmadd231pd %zmm4,%zmm21,%zmm26
  0.00 6bbd:	vfmadd231pd %zmm24,%zmm19,%zmm26
  0.00 6bc3:	vaddpd %zmm7,%zmm25,%zmm4
  0.00 6bc9:	vmulpd %zmm19,%zmm19,%zmm24
  0.00 6bcf:	vaddpd %zmm19,%zmm19,%zmm27
  0.00 6bd5:	vmovapd %zmm19,%zmm28
  0.00 6bdb:	vfmsub213pd %zmm24,%zmm19,%zmm28
  0.00 6be1:	vfmadd231pd %zmm27,%zmm21,%zmm28
  0.00 6be7:	vmulpd %zmm4,%zmm24,%zmm27
  0.00 6bed:	vmovapd %zmm4,%zmm29
  0.00 6bf3:	vfmsub213pd %zmm27,%zmm24,%zmm29
  0.00 6bf9:	vfmadd231pd %zmm28,%zmm4,%zmm29
  0.00 6bff:	vsubpd %zmm25,%zmm4,%zmm28
  0.00 6c05:	vsubpd %zmm28,%zmm4,%zmm4
  0.00 6c0b:	vsubpd %zmm4,%zmm25,%zmm4
  0.00 6c11:	vsubpd %zmm28,%zmm7,%zmm25
  0.00 6c17:	vaddpd %zmm4,%zmm25,%zmm4
  0.00 6c1d:	vaddpd %zmm4,%zmm26,%zmm4
  0.00 6c23:	vaddpd %zmm27,%zmm19,%zmm25
  0.00 6c29:	vfmadd231pd %zmm4,%zmm24,%zmm29
  0.00 6c2f:	vsubpd %zmm19,%zmm25,%zmm4
  0.00 6c35:	vsubpd %zmm4,%zmm25,%zmm24
  0.00 6c3b:	vsubpd %zmm24,%zmm19,%zmm19
  0.00 6c41:	vcmpeqpd %zmm14,%zmm13,%k1
  0.00 6c48:	vcvtpd2dq {rn-sae},%zmm18,%ymm13
  0.00 6c4e:	vsubpd %zmm4,%zmm27,%zmm4
  0.00 6c54:	vaddpd %zmm19,%zmm4,%zmm4
  0.00 6c5a:	vaddpd %zmm29,%zmm21,%zmm18
  0.00 6c60:	vaddpd %zmm18,%zmm4,%zmm4
  0.00 6c66:	vbroadcastsd 0x6398(%rip),%zmm18        # d008 <_pocl_kernel_clact_fwd_workgroup_fast+0x44c8>
  0.00 6c70:	vaddpd %zmm18,%zmm25,%zmm19
  0.00 6c76:	vsubpd %zmm19,%zmm18,%zmm21
  0.00 6c7c:	vaddpd %zmm21,%zmm25,%zmm21
  0.00 6c82:	vpsrad $0x1,%ymm13,%ymm24
  0.00 6c89:	vpbroadcastd 0x6485(%rip),%ymm25        # d118 <_pocl_kernel_clact_fwd_workgroup_fast+0x45d8>
  0.00 6c93:	vpaddd %ymm25,%ymm24,%ymm26
  0.00 6c99:	mov    $0xaaaa,%ax
  0.00 6c9d:	kmovd  %eax,%k2
  0.00 6ca1:	vpexpandd %zmm26,%zmm26{%k2}{z}
  0.00 6ca7:	vaddpd %zmm4,%zmm21,%zmm4
  0.00 6cad:	vpslld $0x14,%zmm26,%zmm21
  0.00 6cb4:	vpsubd %ymm24,%ymm13,%ymm13
  0.00 6cba:	vpaddd %ymm25,%ymm13,%ymm13
  0.00 6cc0:	vpexpandd %zmm13,%zmm13{%k2}{z}
  0.00 6cc6:	vmulpd %zmm21,%zmm19,%zmm19
  0.00 6ccc:	vpslld $0x14,%zmm13,%zmm13
  0.00 6cd3:	vmulpd %zmm13,%zmm19,%zmm19
  0.00 6cd9:	vmulpd %zmm21,%zmm4,%zmm4
  0.00 6cdf:	vcmpltpd 0x63d6(%rip){1to8},%zmm5,%k2        # d0c0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4580>
  0.00 6cea:	vmulpd %zmm13,%zmm4,%zmm4
  0.00 6cf0:	vmovapd %zmm20,%zmm19{%k2}
  0.00 6cf6:	vbroadcastsd 0x63c8(%rip),%zmm13        # d0c8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4588>
  0.00 6d00:	vaddpd %zmm13,%zmm19,%zmm21
  0.00 6d06:	vsubpd %zmm19,%zmm21,%zmm24
  0.00 6d0c:	vsubpd %zmm24,%zmm21,%zmm25
  0.00 6d12:	vsubpd %zmm25,%zmm19,%zmm19
  0.00 6d18:	vsubpd %zmm24,%zmm13,%zmm24
  0.00 6d1e:	vaddpd %zmm19,%zmm24,%zmm19
  0.00 6d24:	vmovapd %zmm20,%zmm4{%k2}
  0.00 6d2a:	vaddpd %zmm4,%zmm19,%zmm4
  0.00 6d30:	vaddpd %zmm4,%zmm21,%zmm4
  0.00 6d36:	vcmpgtpd 0x638f(%rip){1to8},%zmm5,%k2        # d0d0 <_pocl_kernel_clact_fwd_workgroup_fast+0x4590>
  0.00 6d41:	vmovapd %zmm14,%zmm4{%k2}
  0.00 6d47:	vcmpltpd 0x6386(%rip){1to8},%zmm5,%k2        # d0d8 <_pocl_kernel_clact_fwd_workgroup_fast+0x4598>
  0.00 6d52:	vmovapd %zmm13,%zmm4{%k2}
  0.00 6d58:	vpbroadcastq 0x629e(%rip),%zmm19        # d000 <_pocl_kernel_clact_fwd_workgroup_fast+0x44c0>
  0.00 6d62:	vpcmpeqq %zmm19,%zmm5,%k2
  0.00 6d68:	vmovapd %zmm12,%zmm4{%k2}
  0.00 6d6e:	vmovapd %zmm13,%zmm4{%k1}
  0.00 6d74:	vpaddq 0x6362(%rip){1to8},%zmm16,%zmm5        # d0e0 <_pocl_kernel_clact_fwd_workgroup_fast+0x45a0>
  0.00 6d7e:	vpsllq $0x34,%zmm5,%zmm16
  0.00 6d85:	vpcmpgtq 0x6359(%rip){1to8},%zmm5,%k1        # d0e8 <_pocl_kernel_clact_fwd_workgroup_fast+0x45a8>
  0.00 6d8f:	vmovapd %zmm16,%zmm16{%k1}{z}
  0.00 6d95:	vmovapd %zmm16,%zmm21
  0.00 6d9b:	vfmadd213pd %zmm16,%zmm4,%zmm21
  0.00 6da1:	vaddpd %zmm18,%zmm21,%zmm18
  0.00 6da7:	vaddpd %zmm13,%zmm18,%zmm13
  0.00 6dad:	vsubpd %zmm13,%zmm16,%zmm13
  0.00 6db3:	vfmadd231pd %zmm16,%zmm4,%zmm13
  0.00 6db9:	vcmpltpd %zmm20,%zmm10,%k1
  0.00 6dc0:	vmovapd %zmm4,%zmm4{%k1}{z}
  0.00 6dc6:	vmovapd %zmm31,%zmm10
  0.00 6dcc:	vfmadd231pd %zmm31,%zmm4,%zmm10
  0.00 6dd2:	vsubpd %zmm10,%zmm31,%zmm16
  0.00 6dd8:	vdivpd %zmm18,%zmm10,%zmm10
  0.00 6dde:	vfmadd231pd %zmm4,%zmm31,%zmm16
  0.00 6de4:	vfnmadd231pd %zmm13,%zmm10,%zmm16
  0.00 6dea:	vpbroadcastq 0x62fc(%rip),%zmm4        # d0f0 <_pocl_kernel_clact_fwd_workgroup_fast+0x45b0>
  0.00 6df4:	vpsubq %zmm18,%zmm4,%zmm4
  0.00 6dfa:	vfmadd213pd %zmm10,%zmm16,%zmm4
  0.00 6e00:	vpbroadcastq 0x62ee(%rip),%zmm10        # d0f8 <_pocl_kernel_clact_fwd_workgroup_fast+0x45b8>
  0.00 6e0a:	vmovdqa64 %zmm5,%zmm10{%k1}
  0.00 6e10:	vpmaxsq 0x62e6(%rip){1to8},%zmm10,%zmm13        # d100 <_pocl_kernel_clact_fwd_workgroup_fast+0x45c0>
  0.00 6e1a:	vpsllq $0x34,%zmm13,%zmm5
  0.00 6e21:	vmulpd %zmm5,%zmm4,%zmm5
  0.00 6e27:	vcmpeqpd %zmm14,%zmm30,%k2
  0.00 6e2e:	vmovapd %zmm20,%zmm30{%k1}
  0.00 6e34:	vmovapd %zmm30,%zmm5{%k2}
  0.00 6e3a:	vpternlogq $0xf8,%zmm19,%zmm31,%zmm5
  0.00 6e41:	vpsubq %zmm13,%zmm10,%zmm10
  0.00 6e47:	jmp    658b <_pocl_kernel_clact_fwd_workgroup+0x17fb>
