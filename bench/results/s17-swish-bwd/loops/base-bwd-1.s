# block 4670-4689: 5 instructions (no samples)
  0.00 4670:	vmulps %zmm8,%zmm30,%zmm29
  0.00 4676:	vpaddd %zmm31,%zmm31,%zmm2
  0.00 467c:	vpcmpnleud %zmm9,%zmm2,%k1
  0.00 4683:	vmovaps %zmm31,%zmm29{%k1}
  0.00 4689:	vpxor  %xmm15,%xmm15,%xmm15
# block 468e-46d9: 14 instructions
  0.00 468e:	vpmaxsd %zmm10,%zmm15,%zmm2
  0.00 4694:	vpslld $0x17,%zmm2,%zmm3
  0.00 469b:	vpaddd %zmm11,%zmm3,%zmm3
  0.13 46a1:	vpsubd %zmm2,%zmm15,%zmm2
  0.27 46a7:	vpslld $0x17,%zmm2,%zmm2
  0.00 46ae:	vpaddd %zmm11,%zmm2,%zmm2
  2.02 46b4:	vmulps %zmm29,%zmm4,%zmm15
  8.20 46ba:	vmulps %zmm3,%zmm15,%zmm3
  8.60 46c0:	vmulps %zmm2,%zmm3,%zmm2
  7.66 46c6:	mov    0x28(%rsp),%rax
  0.40 46cb:	vmovaps %zmm2,(%rax,%rdi,1)
  3.49 46d2:	add    $0x40,%rdi
  0.00 46d6:	inc    %rdx
  0.00 46d9:	je     54a0 <_pocl_kernel_clact_bwd_workgroup+0x1ef0>
# block 46df-470b: 8 instructions
  0.00 46df:	vucomiss %xmm6,%xmm0
  0.00 46e3:	mov    0x38(%rsp),%rax
  0.13 46e8:	prefetcht0 0x800(%rax,%rdi,1)
  4.97 46f0:	vmovaps (%rax,%rdi,1),%zmm31
  1.88 46f7:	mov    0x30(%rsp),%rax
  0.00 46fc:	prefetcht0 0x800(%rax,%rdi,1)
  4.70 4704:	vmovaps (%rax,%rdi,1),%zmm30
  0.00 470b:	jne    4713 <_pocl_kernel_clact_bwd_workgroup+0x1163>
# block 470d-470d: 1 instructions (no samples)
  0.00 470d:	jnp    4670 <_pocl_kernel_clact_bwd_workgroup+0x10c0>
# block 4713-471b: 2 instructions (no samples)
  0.00 4713:	vucomiss 0x48e9(%rip),%xmm0        # 9004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3444>
  0.00 471b:	jne    48dd <_pocl_kernel_clact_bwd_workgroup+0x132d>
# block 4721-4721: 1 instructions (no samples)
  0.00 4721:	jp     48dd <_pocl_kernel_clact_bwd_workgroup+0x132d>
# block 4727-48d8: 67 instructions
  2.42 4727:	vorps  %zmm13,%zmm31,%zmm2
  0.00 472d:	vmaxps %zmm14,%zmm2,%zmm2
  0.13 4733:	vmovaps %zmm12,%zmm15
  0.00 4739:	vfmadd231ps 0x200(%rsp),%zmm2,%zmm15
  0.27 4741:	vsubps %zmm15,%zmm12,%zmm29
  0.00 4747:	vfmadd231ps 0x1c0(%rsp),%zmm29,%zmm2
  0.13 474f:	vfmadd231ps 0x180(%rsp),%zmm29,%zmm2
  0.13 4757:	vmulps %zmm2,%zmm2,%zmm29
  1.34 475d:	vmovaps %zmm23,%zmm19
  0.00 4763:	vfmadd213ps 0x140(%rsp),%zmm2,%zmm19
  0.40 476b:	vfmadd213ps %zmm21,%zmm2,%zmm19
  0.27 4771:	vfmadd213ps %zmm22,%zmm2,%zmm19
  0.00 4777:	vfmadd213ps %zmm24,%zmm2,%zmm19
  0.27 477d:	vfmadd213ps %zmm8,%zmm2,%zmm19
  0.27 4783:	vfmadd213ps %zmm2,%zmm29,%zmm19
  0.13 4789:	vpslld $0x17,%zmm15,%zmm2
  1.34 4790:	vpcmpgtd %zmm25,%zmm15,%k1
  0.00 4796:	vmovaps %zmm2,%zmm2{%k1}{z}
  0.13 479c:	vmovaps %zmm2,%zmm29
  0.00 47a2:	vfmadd213ps %zmm2,%zmm19,%zmm29
  0.13 47a8:	vsubps %zmm29,%zmm2,%zmm3
  0.27 47ae:	vfmadd231ps %zmm2,%zmm19,%zmm3
  0.27 47b4:	vaddps %zmm27,%zmm29,%zmm16
  0.00 47ba:	vaddps %zmm28,%zmm16,%zmm17
  1.34 47c0:	vsubps %zmm17,%zmm2,%zmm17
  0.27 47c6:	vfmadd231ps %zmm2,%zmm19,%zmm17
  0.13 47cc:	vxorps %xmm20,%xmm20,%xmm20
  0.00 47d2:	vcmpltps %zmm20,%zmm31,%k1
  0.00 47d9:	vmulps %zmm16,%zmm16,%zmm2
  0.00 47df:	vxorps %zmm13,%zmm16,%zmm18
  0.00 47e5:	vsubps %zmm16,%zmm18,%zmm18
  0.00 47eb:	vfnmadd213ps %zmm2,%zmm16,%zmm16
  2.28 47f1:	vfmadd231ps %zmm18,%zmm17,%zmm16
  0.54 47f7:	vaddps %zmm27,%zmm31,%zmm17
  0.00 47fd:	vaddps %zmm29,%zmm17,%zmm18
  0.00 4803:	vaddps %zmm3,%zmm18,%zmm3
  0.00 4809:	vmovaps %zmm3,%zmm18
  0.00 480f:	vfmadd231ps %zmm3,%zmm19,%zmm18
  0.13 4815:	vsubps %zmm18,%zmm3,%zmm26
  0.40 481b:	vfmadd231ps %zmm19,%zmm3,%zmm26
  1.75 4821:	vmulps %zmm29,%zmm17,%zmm3
  0.13 4827:	vaddps %zmm27,%zmm3,%zmm17
  0.00 482d:	vaddps %zmm28,%zmm17,%zmm19
  0.00 4833:	vmovaps %zmm18,%zmm17{%k1}
  0.00 4839:	vdivps %zmm2,%zmm17,%zmm17
  7.53 483f:	vsubps %zmm19,%zmm3,%zmm3
  0.94 4845:	vmovaps %zmm26,%zmm3{%k1}
  0.00 484b:	vfmadd231ps %zmm16,%zmm17,%zmm3
  4.30 4851:	vpbroadcastd 0x47e5(%rip),%zmm16        # 9040 <_pocl_kernel_clact_bwd_workgroup_fast+0x3480>
  0.00 485b:	vpsubd %zmm2,%zmm16,%zmm2
  0.00 4861:	vfmadd213ps %zmm17,%zmm3,%zmm2
  4.44 4867:	vpbroadcastd 0x479f(%rip),%zmm3        # 9010 <_pocl_kernel_clact_bwd_workgroup_fast+0x3450>
  0.00 4871:	vmovdqa32 %zmm15,%zmm3{%k1}
  0.40 4877:	vpmaxsd 0x47c3(%rip){1to16},%zmm3,%zmm15        # 9044 <_pocl_kernel_clact_bwd_workgroup_fast+0x3484>
  0.81 4881:	vpslld $0x17,%zmm15,%zmm16
  0.00 4888:	vmulps %zmm16,%zmm2,%zmm2
  5.51 488e:	vpsubd %zmm15,%zmm3,%zmm15
  0.00 4894:	vcmpltps %zmm14,%zmm31,%k2
  0.00 489b:	vbroadcastss 0x47a3(%rip),%zmm2{%k2}        # 9048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3488>
  3.36 48a5:	vpbroadcastd 0x479d(%rip),%zmm15{%k2}        # 904c <_pocl_kernel_clact_bwd_workgroup_fast+0x348c>
  0.00 48af:	vandps 0x4797(%rip){1to16},%zmm31,%zmm3        # 9050 <_pocl_kernel_clact_bwd_workgroup_fast+0x3490>
  0.00 48b9:	vpcmpeqd 0x4791(%rip){1to16},%zmm3,%k2        # 9054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3494>
  0.27 48c3:	kandw  %k1,%k2,%k0
  2.42 48c7:	knotw  %k0,%k1
  0.00 48cb:	vmovaps %zmm2,%zmm2{%k1}{z}
  1.34 48d1:	vcmpltps %zmm31,%zmm20,%k1{%k2}
  1.48 48d8:	jmp    4ad9 <_pocl_kernel_clact_bwd_workgroup+0x1529>
# block 48dd-4ad2: 76 instructions (no samples)
  0.00 48dd:	vmulps 0x2c0(%rsp),%zmm31,%zmm29
  0.00 48e5:	vbroadcastsd 0x4771(%rip),%zmm2        # 9060 <_pocl_kernel_clact_bwd_workgroup_fast+0x34a0>
  0.00 48ef:	vandps %zmm2,%zmm31,%zmm3
  0.00 48f5:	vfmadd132ps 0x280(%rsp),%zmm29,%zmm31
  0.00 48fd:	vandps %zmm2,%zmm29,%zmm2
  0.00 4903:	vfmadd132ps 0x240(%rsp),%zmm2,%zmm3
  0.00 490b:	vorps  %zmm13,%zmm2,%zmm15
  0.00 4911:	vcmpgtps 0x46ec(%rip){1to16},%zmm2,%k1        # 9008 <_pocl_kernel_clact_bwd_workgroup_fast+0x3448>
  0.00 491c:	vmaxps %zmm14,%zmm15,%zmm2
  0.00 4922:	vmovaps %zmm12,%zmm15
  0.00 4928:	vfmadd231ps 0x200(%rsp),%zmm2,%zmm15
  0.00 4930:	vsubps %zmm15,%zmm12,%zmm16
  0.00 4936:	vfmadd231ps 0x1c0(%rsp),%zmm16,%zmm2
  0.00 493e:	vfmadd231ps 0x180(%rsp),%zmm16,%zmm2
  0.00 4946:	vaddps %zmm3,%zmm2,%zmm3
  0.00 494c:	vmovaps %zmm2,%zmm3{%k1}
  0.00 4952:	vmulps %zmm3,%zmm3,%zmm2
  0.00 4958:	vmovaps %zmm23,%zmm16
  0.00 495e:	vfmadd213ps 0x140(%rsp),%zmm3,%zmm16
  0.00 4966:	vfmadd213ps %zmm21,%zmm3,%zmm16
  0.00 496c:	vfmadd213ps %zmm22,%zmm3,%zmm16
  0.00 4972:	vfmadd213ps %zmm24,%zmm3,%zmm16
  0.00 4978:	vfmadd213ps %zmm8,%zmm3,%zmm16
  0.00 497e:	vfmadd213ps %zmm3,%zmm2,%zmm16
  0.00 4984:	vpslld $0x17,%zmm15,%zmm2
  0.00 498b:	vpcmpgtd %zmm25,%zmm15,%k1
  0.00 4991:	vmovaps %zmm2,%zmm2{%k1}{z}
  0.00 4997:	vmovaps %zmm2,%zmm3
  0.00 499d:	vfmadd213ps %zmm2,%zmm16,%zmm3
  0.00 49a3:	vsubps %zmm3,%zmm2,%zmm17
  0.00 49a9:	vfmadd231ps %zmm2,%zmm16,%zmm17
  0.00 49af:	vsubps %zmm31,%zmm17,%zmm17
  0.00 49b5:	vaddps %zmm27,%zmm3,%zmm18
  0.00 49bb:	vaddps %zmm28,%zmm18,%zmm19
  0.00 49c1:	vsubps %zmm19,%zmm2,%zmm19
  0.00 49c7:	vfmadd231ps %zmm2,%zmm16,%zmm19
  0.00 49cd:	vxorps %xmm20,%xmm20,%xmm20
  0.00 49d3:	vcmpltps %zmm20,%zmm29,%k1
  0.00 49da:	vmulps %zmm18,%zmm18,%zmm2
  0.00 49e0:	vxorps %zmm13,%zmm18,%zmm26
  0.00 49e6:	vsubps %zmm18,%zmm26,%zmm26
  0.00 49ec:	vfnmadd213ps %zmm2,%zmm18,%zmm18
  0.00 49f2:	vfmadd231ps %zmm26,%zmm19,%zmm18
  0.00 49f8:	vaddps %zmm27,%zmm29,%zmm19
  0.00 49fe:	vaddps %zmm3,%zmm19,%zmm26
  0.00 4a04:	vaddps %zmm17,%zmm26,%zmm17
  0.00 4a0a:	vmovaps %zmm17,%zmm26
  0.00 4a10:	vfmadd231ps %zmm17,%zmm16,%zmm26
  0.00 4a16:	vsubps %zmm26,%zmm17,%zmm31
  0.00 4a1c:	vfmadd231ps %zmm16,%zmm17,%zmm31
  0.00 4a22:	vmulps %zmm3,%zmm19,%zmm3
  0.00 4a28:	vaddps %zmm27,%zmm3,%zmm16
  0.00 4a2e:	vaddps %zmm28,%zmm16,%zmm17
  0.00 4a34:	vmovaps %zmm26,%zmm16{%k1}
  0.00 4a3a:	vdivps %zmm2,%zmm16,%zmm16
  0.00 4a40:	vsubps %zmm17,%zmm3,%zmm3
  0.00 4a46:	vmovaps %zmm31,%zmm3{%k1}
  0.00 4a4c:	vfmadd231ps %zmm18,%zmm16,%zmm3
  0.00 4a52:	vpbroadcastd 0x45e4(%rip),%zmm17        # 9040 <_pocl_kernel_clact_bwd_workgroup_fast+0x3480>
  0.00 4a5c:	vpsubd %zmm2,%zmm17,%zmm2
  0.00 4a62:	vfmadd213ps %zmm16,%zmm3,%zmm2
  0.00 4a68:	vpbroadcastd 0x459e(%rip),%zmm3        # 9010 <_pocl_kernel_clact_bwd_workgroup_fast+0x3450>
  0.00 4a72:	vmovdqa32 %zmm15,%zmm3{%k1}
  0.00 4a78:	vpmaxsd 0x45c2(%rip){1to16},%zmm3,%zmm15        # 9044 <_pocl_kernel_clact_bwd_workgroup_fast+0x3484>
  0.00 4a82:	vpslld $0x17,%zmm15,%zmm16
  0.00 4a89:	vmulps %zmm16,%zmm2,%zmm2
  0.00 4a8f:	vpsubd %zmm15,%zmm3,%zmm15
  0.00 4a95:	vcmpltps %zmm14,%zmm29,%k2
  0.00 4a9c:	vbroadcastss 0x45a2(%rip),%zmm2{%k2}        # 9048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3488>
  0.00 4aa6:	vpbroadcastd 0x459c(%rip),%zmm15{%k2}        # 904c <_pocl_kernel_clact_bwd_workgroup_fast+0x348c>
  0.00 4ab0:	vandps 0x4596(%rip){1to16},%zmm29,%zmm3        # 9050 <_pocl_kernel_clact_bwd_workgroup_fast+0x3490>
  0.00 4aba:	vpcmpeqd 0x4590(%rip){1to16},%zmm3,%k2        # 9054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3494>
  0.00 4ac4:	kandw  %k1,%k2,%k0
  0.00 4ac8:	knotw  %k0,%k1
  0.00 4acc:	vmovaps %zmm2,%zmm2{%k1}{z}
  0.00 4ad2:	vcmpltps %zmm29,%zmm20,%k1{%k2}
# block 4ad9-4ae5: 3 instructions
  0.00 4ad9:	vmulps %zmm2,%zmm30,%zmm29
  5.78 4adf:	vmovaps %zmm30,%zmm29{%k1}
  4.03 4ae5:	jmp    468e <_pocl_kernel_clact_bwd_workgroup+0x10de>
