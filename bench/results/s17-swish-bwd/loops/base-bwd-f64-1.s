# block 73c0-73d9: 5 instructions (no samples)
  0.00 73c0:	vmulpd %zmm10,%zmm31,%zmm9
  0.00 73c6:	vpaddq %zmm30,%zmm30,%zmm6
  0.00 73cc:	vpcmpnleuq %zmm11,%zmm6,%k1
  0.00 73d3:	vmovapd %zmm30,%zmm9{%k1}
  0.00 73d9:	vpxor  %xmm7,%xmm7,%xmm7
# block 73dd-7428: 14 instructions
  0.00 73dd:	vpmaxsq %zmm12,%zmm7,%zmm6
  0.00 73e3:	vpsllq $0x34,%zmm6,%zmm14
  0.00 73ea:	vpaddq %zmm13,%zmm14,%zmm14
  0.00 73f0:	vpsubq %zmm6,%zmm7,%zmm6
  0.00 73f6:	vpsllq $0x34,%zmm6,%zmm6
  0.00 73fd:	vpaddq %zmm13,%zmm6,%zmm6
  0.61 7403:	vmulpd %zmm9,%zmm5,%zmm7
  3.52 7409:	vmulpd %zmm14,%zmm7,%zmm7
  2.88 740f:	vmulpd %zmm6,%zmm7,%zmm6
  2.55 7415:	mov    0x28(%rsp),%rax
  0.14 741a:	vmovapd %zmm6,(%rax,%rdi,1)
  1.65 7421:	add    $0x40,%rdi
  0.00 7425:	inc    %rdx
  0.00 7428:	je     92c0 <_pocl_kernel_clact_bwd_workgroup+0x3b20>
# block 742e-745a: 8 instructions
  0.00 742e:	vucomisd %xmm4,%xmm0
  0.00 7432:	mov    0x38(%rsp),%rax
  0.00 7437:	prefetcht0 0x800(%rax,%rdi,1)
  0.07 743f:	vmovapd (%rax,%rdi,1),%zmm30
  0.78 7446:	mov    0x30(%rsp),%rax
  0.00 744b:	prefetcht0 0x800(%rax,%rdi,1)
  0.05 7453:	vmovapd (%rax,%rdi,1),%zmm31
  0.00 745a:	jne    7462 <_pocl_kernel_clact_bwd_workgroup+0x1cc2>
# block 745c-745c: 1 instructions (no samples)
  0.00 745c:	jnp    73c0 <_pocl_kernel_clact_bwd_workgroup+0x1c20>
# block 7462-746a: 2 instructions
  0.00 7462:	vucomisd 0x7b9e(%rip),%xmm0        # f008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5098>
  0.05 746a:	jne    7910 <_pocl_kernel_clact_bwd_workgroup+0x2170>
# block 7470-7470: 1 instructions
  0.02 7470:	jp     7910 <_pocl_kernel_clact_bwd_workgroup+0x2170>
# block 7476-790b: 177 instructions
  0.52 7476:	vandpd 0x380(%rsp),%zmm30,%zmm9
  0.02 747e:	vorpd  %zmm3,%zmm30,%zmm20
  0.00 7484:	vcmpgtpd 0x340(%rsp),%zmm9,%k1
  0.02 748d:	vmovapd %zmm18,%zmm20{%k1}
  0.00 7493:	vmovapd %zmm2,%zmm14
  0.00 7499:	vfmadd213pd %zmm19,%zmm20,%zmm14
  0.02 749f:	vsubpd %zmm14,%zmm19,%zmm6
  0.43 74a5:	vfmadd231pd 0x300(%rsp),%zmm6,%zmm20
  0.00 74ad:	vfmadd231pd 0x2c0(%rsp),%zmm6,%zmm20
  0.02 74b5:	vaddpd %zmm28,%zmm20,%zmm6
  0.00 74bb:	vmulpd %zmm2,%zmm6,%zmm6
  0.00 74c1:	vextractf64x4 $0x1,%zmm6,%ymm7
  0.02 74c8:	vroundpd $0x8,%ymm7,%ymm7
  0.02 74ce:	vroundpd $0x8,%ymm6,%ymm6
  0.64 74d4:	vinsertf64x4 $0x1,%ymm7,%zmm6,%zmm7
  0.07 74db:	vmulpd 0x280(%rsp),%zmm7,%zmm6
  0.07 74e3:	vaddpd %zmm6,%zmm20,%zmm21
  0.02 74e9:	vsubpd %zmm20,%zmm21,%zmm16
  0.05 74ef:	vsubpd %zmm16,%zmm21,%zmm23
  0.00 74f5:	vsubpd %zmm23,%zmm20,%zmm23
  0.00 74fb:	vsubpd %zmm16,%zmm6,%zmm6
  0.64 7501:	vaddpd %zmm23,%zmm6,%zmm6
  0.00 7507:	vaddpd %zmm28,%zmm6,%zmm6
  0.05 750d:	vmulpd 0x240(%rsp),%zmm7,%zmm23
  0.00 7515:	vaddpd %zmm21,%zmm23,%zmm16
  0.00 751b:	vsubpd %zmm21,%zmm16,%zmm24
  0.00 7521:	vsubpd %zmm24,%zmm16,%zmm26
  0.02 7527:	vsubpd %zmm26,%zmm21,%zmm21
  0.02 752d:	vsubpd %zmm24,%zmm23,%zmm23
  0.28 7533:	vaddpd %zmm21,%zmm23,%zmm21
  0.00 7539:	vmovapd 0x200(%rsp),%zmm23
  0.07 7541:	vfmadd213pd 0x1c0(%rsp),%zmm16,%zmm23
  0.00 7549:	vfmadd213pd 0x180(%rsp),%zmm16,%zmm23
  0.00 7551:	vfmadd213pd 0x140(%rsp),%zmm16,%zmm23
  0.00 7559:	vfmadd213pd 0x7b1d(%rip){1to8},%zmm16,%zmm23        # f080 <_pocl_kernel_clact_bwd_workgroup_fast+0x5110>
  0.07 7563:	vfmadd213pd 0x7b1b(%rip){1to8},%zmm16,%zmm23        # f088 <_pocl_kernel_clact_bwd_workgroup_fast+0x5118>
  0.12 756d:	vfmadd213pd 0x7b19(%rip){1to8},%zmm16,%zmm23        # f090 <_pocl_kernel_clact_bwd_workgroup_fast+0x5120>
  0.76 7577:	vfmadd213pd 0x7b17(%rip){1to8},%zmm16,%zmm23        # f098 <_pocl_kernel_clact_bwd_workgroup_fast+0x5128>
  0.05 7581:	vfmadd213pd 0x7b15(%rip){1to8},%zmm16,%zmm23        # f0a0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5130>
  0.09 758b:	vaddpd %zmm21,%zmm6,%zmm6
  0.00 7591:	vfmadd213pd 0x7b0d(%rip){1to8},%zmm16,%zmm23        # f0a8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5138>
  0.02 759b:	vmulpd %zmm23,%zmm16,%zmm21
  0.07 75a1:	vmovapd %zmm23,%zmm24
  0.00 75a7:	vfmsub213pd %zmm21,%zmm16,%zmm24
  0.12 75ad:	vfmadd231pd %zmm23,%zmm6,%zmm24
  0.64 75b3:	vbroadcastsd 0x7af3(%rip),%zmm23        # f0b0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5140>
  0.00 75bd:	vaddpd %zmm23,%zmm21,%zmm26
  0.07 75c3:	vsubpd %zmm21,%zmm26,%zmm27
  0.00 75c9:	vsubpd %zmm27,%zmm26,%zmm29
  0.09 75cf:	vsubpd %zmm29,%zmm21,%zmm21
  0.24 75d5:	vsubpd %zmm27,%zmm23,%zmm23
  0.00 75db:	vaddpd %zmm21,%zmm23,%zmm21
  0.35 75e1:	vaddpd %zmm21,%zmm24,%zmm21
  1.44 75e7:	vmulpd %zmm26,%zmm16,%zmm23
  0.00 75ed:	vmovapd %zmm26,%zmm24
  0.00 75f3:	vfmsub213pd %zmm23,%zmm16,%zmm24
  0.00 75f9:	vfmadd231pd %zmm26,%zmm6,%zmm24
  0.00 75ff:	vfmadd231pd %zmm21,%zmm16,%zmm24
  1.37 7605:	vaddpd %zmm10,%zmm23,%zmm21
  0.00 760b:	vmulpd %zmm16,%zmm16,%zmm26
  0.02 7611:	vaddpd %zmm16,%zmm16,%zmm27
  0.40 7617:	vmulpd %zmm21,%zmm26,%zmm29
  0.00 761d:	vaddpd %zmm29,%zmm16,%zmm25
  0.09 7623:	vsubpd %zmm16,%zmm25,%zmm22
  0.05 7629:	vsubpd %zmm22,%zmm25,%zmm15
  0.31 762f:	vsubpd %zmm15,%zmm16,%zmm15
  1.06 7635:	vfmsub213pd %zmm26,%zmm16,%zmm16
  0.00 763b:	vfmadd231pd %zmm27,%zmm6,%zmm16
  0.00 7641:	vmovapd %zmm21,%zmm27
  0.07 7647:	vfmsub213pd %zmm29,%zmm26,%zmm27
  0.00 764d:	vfmadd231pd %zmm16,%zmm21,%zmm27
  0.00 7653:	vsubpd %zmm23,%zmm21,%zmm16
  0.00 7659:	vsubpd %zmm16,%zmm21,%zmm21
  0.05 765f:	vsubpd %zmm21,%zmm23,%zmm21
  0.92 7665:	vsubpd %zmm16,%zmm10,%zmm16
  0.00 766b:	vaddpd %zmm21,%zmm16,%zmm16
  0.05 7671:	vaddpd %zmm16,%zmm24,%zmm16
  0.71 7677:	vcvtpd2dq {rn-sae},%zmm7,%ymm21
  0.00 767d:	vfmadd231pd %zmm16,%zmm26,%zmm27
  2.20 7683:	vsubpd %zmm22,%zmm29,%zmm7
  0.02 7689:	vmovapd 0x480(%rsp),%zmm29
  0.17 7691:	vaddpd %zmm15,%zmm7,%zmm7
  0.02 7697:	vaddpd %zmm27,%zmm6,%zmm6
  1.68 769d:	vaddpd %zmm6,%zmm7,%zmm6
  1.84 76a3:	vbroadcastsd 0x795b(%rip),%zmm7        # f008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5098>
  0.00 76ad:	vaddpd %zmm7,%zmm25,%zmm15
  0.02 76b3:	vsubpd %zmm15,%zmm7,%zmm16
  0.00 76b9:	vaddpd %zmm16,%zmm25,%zmm16
  0.00 76bf:	vpsrad $0x1,%ymm21,%ymm22
  0.00 76c6:	vpbroadcastd 0x7a60(%rip),%ymm23        # f130 <_pocl_kernel_clact_bwd_workgroup_fast+0x51c0>
  0.00 76d0:	vpaddd %ymm23,%ymm22,%ymm24
  0.17 76d6:	mov    $0xaaaa,%ax
  0.80 76da:	kmovd  %eax,%k1
  0.00 76de:	vpexpandd %zmm24,%zmm24{%k1}{z}
  0.02 76e4:	vaddpd %zmm6,%zmm16,%zmm6
  1.11 76ea:	vpslld $0x14,%zmm24,%zmm16
  0.00 76f1:	vpsubd %ymm22,%ymm21,%ymm21
  0.00 76f7:	vpaddd %ymm23,%ymm21,%ymm21
  0.00 76fd:	vpexpandd %zmm21,%zmm21{%k1}{z}
  0.12 7703:	vmulpd %zmm16,%zmm15,%zmm15
  0.00 7709:	vpslld $0x14,%zmm21,%zmm21
  0.00 7710:	vmulpd %zmm21,%zmm15,%zmm15
  0.78 7716:	vmulpd %zmm16,%zmm6,%zmm6
  2.65 771c:	vcmpltpd 0x7999(%rip){1to8},%zmm20,%k1        # f0c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5150>
  0.00 7727:	vmulpd %zmm21,%zmm6,%zmm6
  2.74 772d:	vmovapd %zmm28,%zmm15{%k1}
  0.00 7733:	vmovapd %zmm28,%zmm6{%k1}
  1.28 7739:	vbroadcastsd 0x7985(%rip),%zmm16        # f0c8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5158>
  0.00 7743:	vaddpd %zmm16,%zmm15,%zmm21
  0.00 7749:	vsubpd %zmm15,%zmm21,%zmm22
  0.00 774f:	vsubpd %zmm22,%zmm21,%zmm23
  0.00 7755:	vsubpd %zmm23,%zmm15,%zmm15
  0.09 775b:	vsubpd %zmm22,%zmm16,%zmm22
  0.31 7761:	vaddpd %zmm15,%zmm22,%zmm15
  0.40 7767:	vaddpd %zmm6,%zmm15,%zmm6
  2.62 776d:	vaddpd %zmm6,%zmm21,%zmm6
  2.08 7773:	vcmpgtpd 0x7952(%rip){1to8},%zmm20,%k1        # f0d0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5160>
  0.00 777e:	vmovapd %zmm17,%zmm6{%k1}
  1.77 7784:	vcmpltpd 0x7949(%rip){1to8},%zmm20,%k1        # f0d8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5168>
  0.02 778f:	vcmpeqpd %zmm17,%zmm9,%k2
  0.00 7796:	vmovapd %zmm16,%zmm6{%k1}
  0.97 779c:	vpcmpeqq 0x785a(%rip){1to8},%zmm20,%k1        # f000 <_pocl_kernel_clact_bwd_workgroup_fast+0x5090>
  0.02 77a6:	vmovapd %zmm3,%zmm6{%k1}
  0.80 77ac:	vmovapd %zmm16,%zmm6{%k2}
  0.45 77b2:	vpaddq 0x7924(%rip){1to8},%zmm14,%zmm14        # f0e0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5170>
  0.02 77bc:	vpsllq $0x34,%zmm14,%zmm15
  0.00 77c3:	vpcmpgtq 0x791b(%rip){1to8},%zmm14,%k1        # f0e8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5178>
  0.09 77cd:	vmovapd %zmm15,%zmm15{%k1}{z}
  0.00 77d3:	vmovapd %zmm15,%zmm20
  0.00 77d9:	vfmadd213pd %zmm15,%zmm6,%zmm20
  2.48 77df:	vsubpd %zmm20,%zmm15,%zmm21
  1.94 77e5:	vfmadd231pd %zmm15,%zmm6,%zmm21
  3.38 77eb:	vaddpd %zmm7,%zmm20,%zmm22
  0.00 77f1:	vaddpd %zmm16,%zmm22,%zmm23
  0.02 77f7:	vsubpd %zmm23,%zmm15,%zmm23
  1.84 77fd:	vfmadd231pd %zmm15,%zmm6,%zmm23
  3.45 7803:	vcmpltpd %zmm28,%zmm30,%k1
  0.00 780a:	vmulpd %zmm22,%zmm22,%zmm15
  0.00 7810:	vxorpd %zmm3,%zmm22,%zmm24
  0.00 7816:	vsubpd %zmm22,%zmm24,%zmm24
  0.00 781c:	vfnmadd213pd %zmm15,%zmm22,%zmm22
  0.02 7822:	vfmadd231pd %zmm24,%zmm23,%zmm22
  3.21 7828:	vaddpd %zmm7,%zmm30,%zmm23
  0.00 782e:	vaddpd %zmm20,%zmm23,%zmm24
  0.02 7834:	vaddpd %zmm21,%zmm24,%zmm21
  0.00 783a:	vmovapd %zmm21,%zmm24
  0.00 7840:	vfmadd231pd %zmm21,%zmm6,%zmm24
  0.00 7846:	vsubpd %zmm24,%zmm21,%zmm25
  0.40 784c:	vfmadd231pd %zmm6,%zmm21,%zmm25
  2.67 7852:	vmulpd %zmm20,%zmm23,%zmm6
  0.07 7858:	vaddpd %zmm7,%zmm6,%zmm7
  0.00 785e:	vaddpd %zmm16,%zmm7,%zmm16
  0.00 7864:	vsubpd %zmm16,%zmm6,%zmm6
  0.00 786a:	vmovapd %zmm24,%zmm7{%k1}
  0.00 7870:	vmovapd %zmm25,%zmm6{%k1}
  2.76 7876:	vdivpd %zmm15,%zmm7,%zmm7
 11.17 787c:	vpbroadcastq 0x786a(%rip),%zmm16        # f0f0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5180>
  0.00 7886:	vfmadd231pd %zmm22,%zmm7,%zmm6
  3.43 788c:	vpsubq %zmm15,%zmm16,%zmm15
  0.00 7892:	vfmadd213pd %zmm7,%zmm6,%zmm15
  3.33 7898:	vpbroadcastq 0x7856(%rip),%zmm6        # f0f8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5188>
  0.00 78a2:	vmovdqa64 %zmm14,%zmm6{%k1}
  0.00 78a8:	vpmaxsq 0x784e(%rip){1to8},%zmm6,%zmm7        # f100 <_pocl_kernel_clact_bwd_workgroup_fast+0x5190>
  0.00 78b2:	vpsllq $0x34,%zmm7,%zmm14
  0.00 78b9:	vmulpd %zmm14,%zmm15,%zmm14
  2.88 78bf:	vpsubq %zmm7,%zmm6,%zmm7
  0.00 78c5:	vcmpltpd %zmm18,%zmm30,%k2
  0.00 78cc:	vbroadcastsd 0x7832(%rip),%zmm14{%k2}        # f108 <_pocl_kernel_clact_bwd_workgroup_fast+0x5198>
  1.30 78d6:	vpbroadcastq 0x7830(%rip),%zmm7{%k2}        # f110 <_pocl_kernel_clact_bwd_workgroup_fast+0x51a0>
  0.00 78e0:	vpcmpeqq 0x7736(%rip){1to8},%zmm9,%k2        # f020 <_pocl_kernel_clact_bwd_workgroup_fast+0x50b0>
  0.00 78ea:	kandb  %k1,%k2,%k0
  0.00 78ee:	knotb  %k0,%k1
  0.38 78f2:	vmovapd %zmm14,%zmm6{%k1}{z}
  0.61 78f8:	vcmpltpd %zmm30,%zmm28,%k1{%k2}
  0.00 78ff:	vmulpd %zmm6,%zmm31,%zmm9
  3.35 7905:	vmovapd %zmm31,%zmm9{%k1}
  1.25 790b:	jmp    73dd <_pocl_kernel_clact_bwd_workgroup+0x1c3d>
# block 7910-7dd9: 185 instructions (no samples)
  0.00 7910:	vmulpd 0x440(%rsp),%zmm30,%zmm9
  0.00 7918:	vmovapd 0x380(%rsp),%zmm7
  0.00 7920:	vandpd %zmm7,%zmm30,%zmm6
  0.00 7926:	vandpd %zmm7,%zmm9,%zmm14
  0.00 792c:	vfmadd132pd 0x3c0(%rsp),%zmm14,%zmm6
  0.00 7934:	vorpd  %zmm3,%zmm9,%zmm15
  0.00 793a:	vcmpgtpd 0x340(%rsp),%zmm14,%k1
  0.00 7943:	vmovapd %zmm18,%zmm15{%k1}
  0.00 7949:	vmovapd %zmm2,%zmm20
  0.00 794f:	vfmadd213pd %zmm19,%zmm15,%zmm20
  0.00 7955:	vsubpd %zmm20,%zmm19,%zmm7
  0.00 795b:	vfmadd231pd 0x300(%rsp),%zmm7,%zmm15
  0.00 7963:	vfmadd231pd 0x2c0(%rsp),%zmm7,%zmm15
  0.00 796b:	vaddpd %zmm6,%zmm15,%zmm7
  0.00 7971:	vmovapd %zmm15,%zmm7{%k1}
  0.00 7977:	vaddpd %zmm28,%zmm7,%zmm6
  0.00 797d:	vmulpd %zmm2,%zmm6,%zmm6
  0.00 7983:	vextractf64x4 $0x1,%zmm6,%ymm15
  0.00 798a:	vroundpd $0x8,%ymm15,%ymm15
  0.00 7990:	vroundpd $0x8,%ymm6,%ymm6
  0.00 7996:	vinsertf64x4 $0x1,%ymm15,%zmm6,%zmm16
  0.00 799d:	vmulpd 0x280(%rsp),%zmm16,%zmm6
  0.00 79a5:	vaddpd %zmm6,%zmm7,%zmm15
  0.00 79ab:	vsubpd %zmm7,%zmm15,%zmm21
  0.00 79b1:	vsubpd %zmm21,%zmm15,%zmm22
  0.00 79b7:	vsubpd %zmm22,%zmm7,%zmm22
  0.00 79bd:	vsubpd %zmm21,%zmm6,%zmm6
  0.00 79c3:	vaddpd %zmm22,%zmm6,%zmm6
  0.00 79c9:	vaddpd %zmm28,%zmm6,%zmm6
  0.00 79cf:	vmulpd 0x240(%rsp),%zmm16,%zmm22
  0.00 79d7:	vaddpd %zmm15,%zmm22,%zmm21
  0.00 79dd:	vsubpd %zmm15,%zmm21,%zmm23
  0.00 79e3:	vsubpd %zmm23,%zmm21,%zmm24
  0.00 79e9:	vsubpd %zmm24,%zmm15,%zmm15
  0.00 79ef:	vsubpd %zmm23,%zmm22,%zmm22
  0.00 79f5:	vaddpd %zmm15,%zmm22,%zmm15
  0.00 79fb:	vmovapd 0x200(%rsp),%zmm22
  0.00 7a03:	vfmadd213pd 0x1c0(%rsp),%zmm21,%zmm22
  0.00 7a0b:	vfmadd213pd 0x180(%rsp),%zmm21,%zmm22
  0.00 7a13:	vfmadd213pd 0x140(%rsp),%zmm21,%zmm22
  0.00 7a1b:	vfmadd213pd 0x765b(%rip){1to8},%zmm21,%zmm22        # f080 <_pocl_kernel_clact_bwd_workgroup_fast+0x5110>
  0.00 7a25:	vfmadd213pd 0x7659(%rip){1to8},%zmm21,%zmm22        # f088 <_pocl_kernel_clact_bwd_workgroup_fast+0x5118>
  0.00 7a2f:	vfmadd213pd 0x7657(%rip){1to8},%zmm21,%zmm22        # f090 <_pocl_kernel_clact_bwd_workgroup_fast+0x5120>
  0.00 7a39:	vfmadd213pd 0x7655(%rip){1to8},%zmm21,%zmm22        # f098 <_pocl_kernel_clact_bwd_workgroup_fast+0x5128>
  0.00 7a43:	vfmadd213pd 0x7653(%rip){1to8},%zmm21,%zmm22        # f0a0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5130>
  0.00 7a4d:	vfmadd213pd 0x7651(%rip){1to8},%zmm21,%zmm22        # f0a8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5138>
  0.00 7a57:	vaddpd %zmm15,%zmm6,%zmm6
  0.00 7a5d:	vmulpd %zmm22,%zmm21,%zmm15
  0.00 7a63:	vmovapd %zmm22,%zmm23
  0.00 7a69:	vfmsub213pd %zmm15,%zmm21,%zmm23
  0.00 7a6f:	vfmadd231pd %zmm22,%zmm6,%zmm23
  0.00 7a75:	vbroadcastsd 0x7631(%rip),%zmm22        # f0b0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5140>
  0.00 7a7f:	vaddpd %zmm22,%zmm15,%zmm24
  0.00 7a85:	vsubpd %zmm15,%zmm24,%zmm25
  0.00 7a8b:	vsubpd %zmm25,%zmm24,%zmm26
  0.00 7a91:	vsubpd %zmm26,%zmm15,%zmm15
  0.00 7a97:	vsubpd %zmm25,%zmm22,%zmm22
  0.00 7a9d:	vaddpd %zmm15,%zmm22,%zmm15
  0.00 7aa3:	vaddpd %zmm15,%zmm23,%zmm15
  0.00 7aa9:	vmulpd %zmm24,%zmm21,%zmm22
  0.00 7aaf:	vmovapd %zmm24,%zmm23
  0.00 7ab5:	vfmsub213pd %zmm22,%zmm21,%zmm23
  0.00 7abb:	vfmadd231pd %zmm24,%zmm6,%zmm23
  0.00 7ac1:	vfmadd231pd %zmm15,%zmm21,%zmm23
  0.00 7ac7:	vaddpd %zmm10,%zmm22,%zmm15
  0.00 7acd:	vmulpd %zmm21,%zmm21,%zmm24
  0.00 7ad3:	vaddpd %zmm21,%zmm21,%zmm25
  0.00 7ad9:	vmovapd %zmm21,%zmm26
  0.00 7adf:	vfmsub213pd %zmm24,%zmm21,%zmm26
  0.00 7ae5:	vfmadd231pd %zmm25,%zmm6,%zmm26
  0.00 7aeb:	vmulpd %zmm15,%zmm24,%zmm25
  0.00 7af1:	vmovapd %zmm15,%zmm27
  0.00 7af7:	vfmsub213pd %zmm25,%zmm24,%zmm27
  0.00 7afd:	vfmadd231pd %zmm26,%zmm15,%zmm27
  0.00 7b03:	vsubpd %zmm22,%zmm15,%zmm26
  0.00 7b09:	vsubpd %zmm26,%zmm15,%zmm15
  0.00 7b0f:	vsubpd %zmm15,%zmm22,%zmm15
  0.00 7b15:	vsubpd %zmm26,%zmm10,%zmm22
  0.00 7b1b:	vaddpd %zmm15,%zmm22,%zmm15
  0.00 7b21:	vaddpd %zmm15,%zmm23,%zmm15
  0.00 7b27:	vaddpd %zmm25,%zmm21,%zmm22
  0.00 7b2d:	vfmadd231pd %zmm15,%zmm24,%zmm27
  0.00 7b33:	vsubpd %zmm21,%zmm22,%zmm15
  0.00 7b39:	vsubpd %zmm15,%zmm22,%zmm23
  0.00 7b3f:	vsubpd %zmm23,%zmm21,%zmm21
  0.00 7b45:	vfmadd132pd 0x400(%rsp),%zmm9,%zmm30
  0.00 7b4d:	vcmpeqpd %zmm17,%zmm14,%k1
  0.00 7b54:	vcvtpd2dq {rn-sae},%zmm16,%ymm23
  0.00 7b5a:	vsubpd %zmm15,%zmm25,%zmm15
  0.00 7b60:	vaddpd %zmm21,%zmm15,%zmm15
  0.00 7b66:	vaddpd %zmm27,%zmm6,%zmm6
  0.00 7b6c:	vaddpd %zmm6,%zmm15,%zmm6
  0.00 7b72:	vbroadcastsd 0x748c(%rip),%zmm16        # f008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5098>
  0.00 7b7c:	vaddpd %zmm16,%zmm22,%zmm15
  0.00 7b82:	vsubpd %zmm15,%zmm16,%zmm21
  0.00 7b88:	vaddpd %zmm21,%zmm22,%zmm21
  0.00 7b8e:	vpsrad $0x1,%ymm23,%ymm22
  0.00 7b95:	vpbroadcastd 0x7591(%rip),%ymm24        # f130 <_pocl_kernel_clact_bwd_workgroup_fast+0x51c0>
  0.00 7b9f:	vpaddd %ymm24,%ymm22,%ymm25
  0.00 7ba5:	mov    $0xaaaa,%ax
  0.00 7ba9:	kmovd  %eax,%k2
  0.00 7bad:	vpexpandd %zmm25,%zmm25{%k2}{z}
  0.00 7bb3:	vaddpd %zmm6,%zmm21,%zmm6
  0.00 7bb9:	vpslld $0x14,%zmm25,%zmm21
  0.00 7bc0:	vpsubd %ymm22,%ymm23,%ymm22
  0.00 7bc6:	vpaddd %ymm24,%ymm22,%ymm22
  0.00 7bcc:	vpexpandd %zmm22,%zmm22{%k2}{z}
  0.00 7bd2:	vmulpd %zmm21,%zmm15,%zmm15
  0.00 7bd8:	vpslld $0x14,%zmm22,%zmm22
  0.00 7bdf:	vmulpd %zmm22,%zmm15,%zmm15
  0.00 7be5:	vmulpd %zmm21,%zmm6,%zmm6
  0.00 7beb:	vcmpltpd 0x74ca(%rip){1to8},%zmm7,%k2        # f0c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5150>
  0.00 7bf6:	vmulpd %zmm22,%zmm6,%zmm6
  0.00 7bfc:	vmovapd %zmm28,%zmm15{%k2}
  0.00 7c02:	vmovapd %zmm28,%zmm6{%k2}
  0.00 7c08:	vbroadcastsd 0x74b6(%rip),%zmm21        # f0c8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5158>
  0.00 7c12:	vaddpd %zmm21,%zmm15,%zmm22
  0.00 7c18:	vsubpd %zmm15,%zmm22,%zmm23
  0.00 7c1e:	vsubpd %zmm23,%zmm22,%zmm24
  0.00 7c24:	vsubpd %zmm24,%zmm15,%zmm15
  0.00 7c2a:	vsubpd %zmm23,%zmm21,%zmm23
  0.00 7c30:	vaddpd %zmm15,%zmm23,%zmm15
  0.00 7c36:	vaddpd %zmm6,%zmm15,%zmm6
  0.00 7c3c:	vaddpd %zmm6,%zmm22,%zmm6
  0.00 7c42:	vcmpgtpd 0x7483(%rip){1to8},%zmm7,%k2        # f0d0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5160>
  0.00 7c4d:	vmovapd %zmm17,%zmm6{%k2}
  0.00 7c53:	vcmpltpd 0x747a(%rip){1to8},%zmm7,%k2        # f0d8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5168>
  0.00 7c5e:	vmovapd %zmm21,%zmm6{%k2}
  0.00 7c64:	vpcmpeqq 0x7392(%rip){1to8},%zmm7,%k2        # f000 <_pocl_kernel_clact_bwd_workgroup_fast+0x5090>
  0.00 7c6e:	vmovapd %zmm3,%zmm6{%k2}
  0.00 7c74:	vpaddq 0x7462(%rip){1to8},%zmm20,%zmm7        # f0e0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5170>
  0.00 7c7e:	vmovapd %zmm21,%zmm6{%k1}
  0.00 7c84:	vpsllq $0x34,%zmm7,%zmm15
  0.00 7c8b:	vpcmpgtq 0x7453(%rip){1to8},%zmm7,%k1        # f0e8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5178>
  0.00 7c95:	vmovapd %zmm15,%zmm15{%k1}{z}
  0.00 7c9b:	vmovapd %zmm15,%zmm20
  0.00 7ca1:	vfmadd213pd %zmm15,%zmm6,%zmm20
  0.00 7ca7:	vsubpd %zmm20,%zmm15,%zmm22
  0.00 7cad:	vfmadd231pd %zmm15,%zmm6,%zmm22
  0.00 7cb3:	vsubpd %zmm30,%zmm22,%zmm22
  0.00 7cb9:	vaddpd %zmm16,%zmm20,%zmm23
  0.00 7cbf:	vaddpd %zmm21,%zmm23,%zmm24
  0.00 7cc5:	vsubpd %zmm24,%zmm15,%zmm24
  0.00 7ccb:	vfmadd231pd %zmm15,%zmm6,%zmm24
  0.00 7cd1:	vmulpd %zmm23,%zmm23,%zmm15
  0.00 7cd7:	vxorpd %zmm3,%zmm23,%zmm25
  0.00 7cdd:	vsubpd %zmm23,%zmm25,%zmm25
  0.00 7ce3:	vfnmadd213pd %zmm15,%zmm23,%zmm23
  0.00 7ce9:	vfmadd231pd %zmm25,%zmm24,%zmm23
  0.00 7cef:	vaddpd %zmm16,%zmm9,%zmm24
  0.00 7cf5:	vaddpd %zmm20,%zmm24,%zmm25
  0.00 7cfb:	vaddpd %zmm22,%zmm25,%zmm22
  0.00 7d01:	vmovapd %zmm22,%zmm25
  0.00 7d07:	vfmadd231pd %zmm22,%zmm6,%zmm25
  0.00 7d0d:	vsubpd %zmm25,%zmm22,%zmm26
  0.00 7d13:	vfmadd231pd %zmm6,%zmm22,%zmm26
  0.00 7d19:	vmulpd %zmm20,%zmm24,%zmm6
  0.00 7d1f:	vaddpd %zmm16,%zmm6,%zmm16
  0.00 7d25:	vaddpd %zmm21,%zmm16,%zmm20
  0.00 7d2b:	vsubpd %zmm20,%zmm6,%zmm6
  0.00 7d31:	vcmpltpd %zmm28,%zmm9,%k1
  0.00 7d38:	vmovapd %zmm25,%zmm16{%k1}
  0.00 7d3e:	vmovapd %zmm26,%zmm6{%k1}
  0.00 7d44:	vdivpd %zmm15,%zmm16,%zmm16
  0.00 7d4a:	vpbroadcastq 0x739c(%rip),%zmm20        # f0f0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5180>
  0.00 7d54:	vfmadd231pd %zmm23,%zmm16,%zmm6
  0.00 7d5a:	vpsubq %zmm15,%zmm20,%zmm15
  0.00 7d60:	vfmadd213pd %zmm16,%zmm6,%zmm15
  0.00 7d66:	vpbroadcastq 0x7388(%rip),%zmm6        # f0f8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5188>
  0.00 7d70:	vmovdqa64 %zmm7,%zmm6{%k1}
  0.00 7d76:	vpmaxsq 0x7380(%rip){1to8},%zmm6,%zmm7        # f100 <_pocl_kernel_clact_bwd_workgroup_fast+0x5190>
  0.00 7d80:	vpsllq $0x34,%zmm7,%zmm16
  0.00 7d87:	vmulpd %zmm16,%zmm15,%zmm15
  0.00 7d8d:	vpcmpeqq 0x7289(%rip){1to8},%zmm14,%k2        # f020 <_pocl_kernel_clact_bwd_workgroup_fast+0x50b0>
  0.00 7d97:	vpsubq %zmm7,%zmm6,%zmm7
  0.00 7d9d:	vcmpltpd %zmm18,%zmm9,%k3
  0.00 7da4:	vcmpltpd %zmm9,%zmm28,%k4{%k2}
  0.00 7dab:	kandb  %k1,%k2,%k0
  0.00 7daf:	vbroadcastsd 0x734f(%rip),%zmm15{%k3}        # f108 <_pocl_kernel_clact_bwd_workgroup_fast+0x5198>
  0.00 7db9:	knotb  %k0,%k1
  0.00 7dbd:	vmovapd %zmm15,%zmm6{%k1}{z}
  0.00 7dc3:	vmulpd %zmm6,%zmm31,%zmm9
  0.00 7dc9:	vmovapd %zmm31,%zmm9{%k4}
  0.00 7dcf:	vpbroadcastq 0x7337(%rip),%zmm7{%k3}        # f110 <_pocl_kernel_clact_bwd_workgroup_fast+0x51a0>
  0.00 7dd9:	jmp    73dd <_pocl_kernel_clact_bwd_workgroup+0x1c3d>
