# block 7410-7910: 196 instructions
  0.02 7410:	mov    0x58(%rsp),%rax
  0.00 7415:	prefetcht0 0x800(%rax,%rdi,1)
  0.04 741d:	vmovapd (%rax,%rdi,1),%zmm9
  0.13 7424:	vandpd %zmm11,%zmm9,%zmm1
  0.47 742a:	vorpd  %zmm3,%zmm9,%zmm16
  0.00 7430:	vcmpgtpd 0x400(%rsp),%zmm1,%k2
  0.00 7439:	vcmpeqpd %zmm13,%zmm1,%k1
  0.00 7440:	vmovapd %zmm14,%zmm16{%k2}
  0.00 7446:	vmovapd %zmm7,%zmm10
  0.00 744c:	vfmadd213pd %zmm15,%zmm16,%zmm10
  0.04 7452:	vsubpd %zmm10,%zmm15,%zmm1
  0.73 7458:	vfmadd231pd 0x3c0(%rsp),%zmm1,%zmm16
  0.00 7460:	vfmadd231pd 0x380(%rsp),%zmm1,%zmm16
  0.06 7468:	vaddpd %zmm29,%zmm16,%zmm1
  0.00 746e:	vmulpd %zmm7,%zmm1,%zmm1
  0.00 7474:	vextractf64x4 $0x1,%zmm1,%ymm2
  0.00 747b:	vroundpd $0x8,%ymm2,%ymm2
  0.06 7481:	vroundpd $0x8,%ymm1,%ymm1
  0.62 7487:	vinsertf64x4 $0x1,%ymm2,%zmm1,%zmm2
  0.04 748e:	vmulpd 0x340(%rsp),%zmm2,%zmm1
  0.00 7496:	vaddpd %zmm16,%zmm1,%zmm4
  0.02 749c:	vsubpd %zmm16,%zmm4,%zmm6
  0.00 74a2:	vsubpd %zmm6,%zmm4,%zmm31
  0.02 74a8:	vsubpd %zmm31,%zmm16,%zmm31
  0.09 74ae:	vsubpd %zmm6,%zmm1,%zmm1
  0.54 74b4:	vaddpd %zmm31,%zmm1,%zmm1
  0.02 74ba:	vaddpd %zmm29,%zmm1,%zmm1
  0.04 74c0:	vmulpd 0x300(%rsp),%zmm2,%zmm31
  0.00 74c8:	vaddpd %zmm4,%zmm31,%zmm6
  0.00 74ce:	vsubpd %zmm4,%zmm6,%zmm12
  0.00 74d4:	vsubpd %zmm12,%zmm6,%zmm17
  0.00 74da:	vsubpd %zmm17,%zmm4,%zmm4
  0.00 74e0:	vsubpd %zmm12,%zmm31,%zmm12
  0.45 74e6:	vaddpd %zmm4,%zmm12,%zmm4
  0.00 74ec:	vaddpd %zmm4,%zmm1,%zmm1
  0.04 74f2:	vmovapd %zmm21,%zmm4
  0.00 74f8:	vfmadd213pd 0x2c0(%rsp),%zmm6,%zmm4
  0.00 7500:	vfmadd213pd 0x280(%rsp),%zmm6,%zmm4
  0.00 7508:	vfmadd213pd 0x240(%rsp),%zmm6,%zmm4
  0.00 7510:	vfmadd213pd 0x200(%rsp),%zmm6,%zmm4
  0.04 7518:	vfmadd213pd 0x1c0(%rsp),%zmm6,%zmm4
  0.69 7520:	vfmadd213pd 0x180(%rsp),%zmm6,%zmm4
  0.02 7528:	vfmadd213pd %zmm28,%zmm6,%zmm4
  0.00 752e:	vfmadd213pd %zmm30,%zmm6,%zmm4
  0.04 7534:	vfmadd213pd 0x8b6a(%rip){1to8},%zmm6,%zmm4        # 100a8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56c8>
  0.11 753e:	vmulpd %zmm4,%zmm6,%zmm12
  0.09 7544:	vmovapd %zmm4,%zmm17
  0.00 754a:	vfmsub213pd %zmm12,%zmm6,%zmm17
  0.11 7550:	vfmadd231pd %zmm4,%zmm1,%zmm17
  1.07 7556:	vbroadcastsd 0x8b50(%rip),%zmm4        # 100b0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56d0>
  0.00 7560:	vaddpd %zmm4,%zmm12,%zmm31
  0.06 7566:	vsubpd %zmm12,%zmm31,%zmm18
  0.00 756c:	vsubpd %zmm18,%zmm31,%zmm19
  0.19 7572:	vsubpd %zmm19,%zmm12,%zmm12
  0.41 7578:	vsubpd %zmm18,%zmm4,%zmm4
  0.00 757e:	vaddpd %zmm12,%zmm4,%zmm4
  0.45 7584:	vaddpd %zmm4,%zmm17,%zmm4
  1.44 758a:	vmulpd %zmm31,%zmm6,%zmm12
  0.00 7590:	vmovapd %zmm31,%zmm17
  0.02 7596:	vfmsub213pd %zmm12,%zmm6,%zmm17
  0.00 759c:	vfmadd231pd %zmm31,%zmm1,%zmm17
  0.06 75a2:	vfmadd231pd %zmm4,%zmm6,%zmm17
  1.35 75a8:	vbroadcastsd 0x8b06(%rip),%zmm4        # 100b8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56d8>
  0.04 75b2:	vaddpd %zmm4,%zmm12,%zmm18
  0.02 75b8:	vmulpd %zmm6,%zmm6,%zmm19
  0.24 75be:	vaddpd %zmm6,%zmm6,%zmm31
  0.00 75c4:	vmulpd %zmm18,%zmm19,%zmm20
  0.00 75ca:	vaddpd %zmm20,%zmm6,%zmm22
  0.00 75d0:	vsubpd %zmm6,%zmm22,%zmm23
  0.06 75d6:	vsubpd %zmm23,%zmm22,%zmm24
  1.27 75dc:	vsubpd %zmm24,%zmm6,%zmm24
  1.07 75e2:	vfmsub213pd %zmm19,%zmm6,%zmm6
  0.02 75e8:	vfmadd231pd %zmm31,%zmm1,%zmm6
  0.11 75ee:	vmovapd %zmm18,%zmm31
  0.00 75f4:	vfmsub213pd %zmm20,%zmm19,%zmm31
  0.02 75fa:	vfmadd231pd %zmm6,%zmm18,%zmm31
  0.02 7600:	vsubpd %zmm12,%zmm18,%zmm6
  0.00 7606:	vsubpd %zmm6,%zmm18,%zmm18
  0.26 760c:	vsubpd %zmm18,%zmm12,%zmm12
  0.62 7612:	vsubpd %zmm6,%zmm4,%zmm4
  0.00 7618:	vaddpd %zmm12,%zmm4,%zmm4
  0.28 761e:	vaddpd %zmm4,%zmm17,%zmm4
  0.51 7624:	vcvtpd2dq {rn-sae},%zmm2,%ymm2
  0.02 762a:	vfmadd231pd %zmm4,%zmm19,%zmm31
  2.87 7630:	vsubpd %zmm23,%zmm20,%zmm4
  0.02 7636:	vaddpd %zmm24,%zmm4,%zmm4
  0.11 763c:	vxorpd %xmm0,%xmm0,%xmm0
  0.00 7640:	vaddpd %zmm31,%zmm1,%zmm1
  2.27 7646:	vaddpd %zmm1,%zmm4,%zmm4
  2.15 764c:	vbroadcastsd 0x89b2(%rip),%zmm1        # 10008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5628>
  0.02 7656:	vaddpd %zmm1,%zmm22,%zmm6
  0.00 765c:	vsubpd %zmm6,%zmm1,%zmm12
  0.04 7662:	vaddpd %zmm12,%zmm22,%zmm12
  0.00 7668:	vaddpd %zmm4,%zmm12,%zmm4
  1.76 766e:	vpsrad $0x1,%ymm2,%ymm12
  0.00 7673:	vpbroadcastd 0x8abb(%rip),%ymm17        # 10138 <_pocl_kernel_clact_bwd_workgroup_fast+0x5758>
  0.04 767d:	vpaddd %ymm17,%ymm12,%ymm18
  0.00 7683:	mov    $0xaaaa,%ax
  0.00 7687:	kmovd  %eax,%k2
  0.00 768b:	vpexpandd %zmm18,%zmm18{%k2}{z}
  0.00 7691:	vpslld $0x14,%zmm18,%zmm18
  0.58 7698:	vmulpd %zmm18,%zmm6,%zmm6
  0.00 769e:	vpsubd %ymm12,%ymm2,%ymm2
  0.21 76a3:	vpaddd %ymm17,%ymm2,%ymm2
  0.00 76a9:	vpexpandd %zmm2,%zmm2{%k2}{z}
  0.00 76af:	vpslld $0x14,%zmm2,%zmm2
  0.00 76b6:	vmulpd %zmm2,%zmm6,%zmm6
  0.02 76bc:	vmulpd %zmm18,%zmm4,%zmm4
  2.47 76c2:	vmulpd %zmm2,%zmm4,%zmm2
  2.47 76c8:	vcmpltpd 0x89ed(%rip){1to8},%zmm16,%k2        # 100c0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56e0>
  0.04 76d3:	vmovapd %zmm29,%zmm6{%k2}
  0.00 76d9:	vbroadcastsd 0x89e5(%rip),%zmm4        # 100c8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56e8>
  0.00 76e3:	vmovapd %zmm29,%zmm2{%k2}
  2.00 76e9:	vaddpd %zmm4,%zmm6,%zmm12
  0.00 76ef:	vsubpd %zmm6,%zmm12,%zmm17
  0.02 76f5:	vsubpd %zmm17,%zmm12,%zmm18
  0.24 76fb:	vsubpd %zmm18,%zmm6,%zmm6
  0.06 7701:	vsubpd %zmm17,%zmm4,%zmm17
  0.00 7707:	vaddpd %zmm6,%zmm17,%zmm6
  0.32 770d:	vaddpd %zmm2,%zmm6,%zmm2
  1.54 7713:	vaddpd %zmm2,%zmm12,%zmm2
  2.21 7719:	vcmpgtpd 0x89ac(%rip){1to8},%zmm16,%k2        # 100d0 <_pocl_kernel_clact_bwd_workgroup_fast+0x56f0>
  0.00 7724:	vmovapd %zmm13,%zmm2{%k2}
  1.35 772a:	vcmpltpd 0x89a3(%rip){1to8},%zmm16,%k2        # 100d8 <_pocl_kernel_clact_bwd_workgroup_fast+0x56f8>
  0.00 7735:	vmovapd %zmm4,%zmm2{%k2}
  0.75 773b:	vpcmpeqq 0x88bb(%rip){1to8},%zmm16,%k2        # 10000 <_pocl_kernel_clact_bwd_workgroup_fast+0x5620>
  0.09 7745:	vmovapd %zmm3,%zmm2{%k2}
  0.64 774b:	vmovapd %zmm4,%zmm2{%k1}
  0.73 7751:	vpaddq 0x8985(%rip){1to8},%zmm10,%zmm6        # 100e0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5700>
  0.00 775b:	vpsllq $0x34,%zmm6,%zmm10
  0.00 7762:	vpcmpgtq 0x897c(%rip){1to8},%zmm6,%k1        # 100e8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5708>
  0.19 776c:	vmovapd %zmm10,%zmm10{%k1}{z}
  0.00 7772:	vmovapd %zmm10,%zmm12
  0.00 7778:	vfmadd213pd %zmm10,%zmm2,%zmm12
  3.05 777e:	vsubpd %zmm12,%zmm10,%zmm16
  2.45 7784:	vfmadd231pd %zmm10,%zmm2,%zmm16
  3.45 778a:	vaddpd %zmm1,%zmm12,%zmm17
  0.00 7790:	vaddpd %zmm4,%zmm17,%zmm18
  0.15 7796:	vsubpd %zmm18,%zmm10,%zmm18
  1.59 779c:	vfmadd231pd %zmm10,%zmm2,%zmm18
  3.63 77a2:	vmulpd %zmm17,%zmm17,%zmm10
  0.02 77a8:	vxorpd %zmm3,%zmm17,%zmm19
  0.00 77ae:	vsubpd %zmm17,%zmm19,%zmm19
  0.00 77b4:	vfnmadd213pd %zmm10,%zmm17,%zmm17
  0.00 77ba:	vfmadd231pd %zmm19,%zmm18,%zmm17
  3.09 77c0:	vaddpd %zmm1,%zmm9,%zmm18
  0.00 77c6:	vaddpd %zmm12,%zmm18,%zmm19
  0.00 77cc:	vaddpd %zmm16,%zmm19,%zmm16
  0.04 77d2:	vmovapd %zmm16,%zmm19
  0.00 77d8:	vfmadd231pd %zmm16,%zmm2,%zmm19
  0.02 77de:	vsubpd %zmm19,%zmm16,%zmm20
  0.39 77e4:	vfmadd231pd %zmm2,%zmm16,%zmm20
  2.94 77ea:	vmulpd %zmm12,%zmm18,%zmm2
  0.00 77f0:	vaddpd %zmm1,%zmm2,%zmm1
  0.00 77f6:	vaddpd %zmm4,%zmm1,%zmm4
  0.02 77fc:	vsubpd %zmm4,%zmm2,%zmm2
  0.00 7802:	vcmpltpd %zmm29,%zmm9,%k1
  0.00 7809:	vmovapd %zmm19,%zmm1{%k1}
  0.00 780f:	vmovapd %zmm20,%zmm2{%k1}
  2.17 7815:	vdivpd %zmm10,%zmm1,%zmm1
 11.33 781b:	vfmadd231pd %zmm17,%zmm1,%zmm2
  2.96 7821:	vpbroadcastq 0x88c5(%rip),%zmm4        # 100f0 <_pocl_kernel_clact_bwd_workgroup_fast+0x5710>
  0.00 782b:	vpsubq %zmm10,%zmm4,%zmm4
  0.02 7831:	vfmadd213pd %zmm1,%zmm2,%zmm4
  3.39 7837:	vpbroadcastq 0x88b7(%rip),%zmm1        # 100f8 <_pocl_kernel_clact_bwd_workgroup_fast+0x5718>
  0.00 7841:	vmovdqa64 %zmm6,%zmm1{%k1}
  0.00 7847:	vpmaxsq 0x88af(%rip){1to8},%zmm1,%zmm2        # 10100 <_pocl_kernel_clact_bwd_workgroup_fast+0x5720>
  0.00 7851:	vpsllq $0x34,%zmm2,%zmm6
  0.00 7858:	vmulpd %zmm6,%zmm4,%zmm4
  2.98 785e:	mov    0x50(%rsp),%rax
  0.00 7863:	prefetcht0 0x800(%rax,%rdi,1)
  0.11 786b:	vpsubq %zmm2,%zmm1,%zmm1
  0.02 7871:	vmovapd (%rax,%rdi,1),%zmm2
  0.04 7878:	vcmpltpd %zmm14,%zmm9,%k1
  0.00 787f:	vbroadcastsd 0x887f(%rip),%zmm4{%k1}        # 10108 <_pocl_kernel_clact_bwd_workgroup_fast+0x5728>
  1.16 7889:	vpbroadcastq 0x887d(%rip),%zmm1{%k1}        # 10110 <_pocl_kernel_clact_bwd_workgroup_fast+0x5730>
  0.00 7893:	vcmpneqpd 0x887a(%rip){1to8},%zmm9,%k1        # 10118 <_pocl_kernel_clact_bwd_workgroup_fast+0x5738>
  0.49 789e:	vmovapd %zmm4,%zmm4{%k1}{z}
  1.07 78a4:	vcmpeqpd %zmm13,%zmm9,%k1
  0.00 78ab:	vmulpd %zmm4,%zmm2,%zmm4
  3.28 78b1:	vmovapd %zmm2,%zmm4{%k1}
  1.46 78b7:	vpmaxsq 0x8867(%rip){1to8},%zmm1,%zmm2        # 10128 <_pocl_kernel_clact_bwd_workgroup_fast+0x5748>
  0.00 78c1:	vpsllq $0x34,%zmm2,%zmm6
  0.00 78c8:	vpsubq %zmm2,%zmm1,%zmm1
  0.00 78ce:	vpbroadcastq 0x8730(%rip),%zmm2        # 10008 <_pocl_kernel_clact_bwd_workgroup_fast+0x5628>
  0.00 78d8:	vpaddq %zmm2,%zmm6,%zmm6
  0.00 78de:	vpsllq $0x34,%zmm1,%zmm1
  0.00 78e5:	vpaddq %zmm2,%zmm1,%zmm1
  0.24 78eb:	vmulpd %zmm4,%zmm5,%zmm2
  2.90 78f1:	vmulpd %zmm6,%zmm2,%zmm2
  2.30 78f7:	vmulpd %zmm1,%zmm2,%zmm1
  2.60 78fd:	mov    0x48(%rsp),%rax
  0.21 7902:	vmovapd %zmm1,(%rax,%rdi,1)
  0.99 7909:	add    $0x40,%rdi
  0.00 790d:	inc    %rdx
  0.00 7910:	jne    7410 <_pocl_kernel_clact_bwd_workgroup+0x1780>
