    468e:	vpmaxsd %zmm10,%zmm15,%zmm2
    4694:	vpslld $0x17,%zmm2,%zmm3
    469b:	vpaddd %zmm11,%zmm3,%zmm3
    46a1:	vpsubd %zmm2,%zmm15,%zmm2
    46a7:	vpslld $0x17,%zmm2,%zmm2
    46ae:	vpaddd %zmm11,%zmm2,%zmm2
    46b4:	vmulps %zmm29,%zmm4,%zmm15
    46ba:	vmulps %zmm3,%zmm15,%zmm3
    46c0:	vmulps %zmm2,%zmm3,%zmm2
    46c6:	mov    0x28(%rsp),%rax
    46cb:	vmovaps %zmm2,(%rax,%rdi,1)
    46d2:	add    $0x40,%rdi
    46d6:	inc    %rdx
    46d9:	je     54a0 <_pocl_kernel_clact_bwd_workgroup+0x1ef0>
    46df:	vucomiss %xmm6,%xmm0
    46e3:	mov    0x38(%rsp),%rax
    46e8:	prefetcht0 0x800(%rax,%rdi,1)
    46f0:	vmovaps (%rax,%rdi,1),%zmm31
    46f7:	mov    0x30(%rsp),%rax
    46fc:	prefetcht0 0x800(%rax,%rdi,1)
    4704:	vmovaps (%rax,%rdi,1),%zmm30
    470b:	jne    4713 <_pocl_kernel_clact_bwd_workgroup+0x1163>
    470d:	jnp    4670 <_pocl_kernel_clact_bwd_workgroup+0x10c0>
    4713:	vucomiss 0x48e9(%rip),%xmm0        # 9004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3444>
    471b:	jne    48dd <_pocl_kernel_clact_bwd_workgroup+0x132d>
    4721:	jp     48dd <_pocl_kernel_clact_bwd_workgroup+0x132d>
    4727:	vorps  %zmm13,%zmm31,%zmm2
    472d:	vmaxps %zmm14,%zmm2,%zmm2
    4733:	vmovaps %zmm12,%zmm15
    4739:	vfmadd231ps 0x200(%rsp),%zmm2,%zmm15
    4741:	vsubps %zmm15,%zmm12,%zmm29
    4747:	vfmadd231ps 0x1c0(%rsp),%zmm29,%zmm2
    474f:	vfmadd231ps 0x180(%rsp),%zmm29,%zmm2
    4757:	vmulps %zmm2,%zmm2,%zmm29
    475d:	vmovaps %zmm23,%zmm19
    4763:	vfmadd213ps 0x140(%rsp),%zmm2,%zmm19
    476b:	vfmadd213ps %zmm21,%zmm2,%zmm19
    4771:	vfmadd213ps %zmm22,%zmm2,%zmm19
    4777:	vfmadd213ps %zmm24,%zmm2,%zmm19
    477d:	vfmadd213ps %zmm8,%zmm2,%zmm19
    4783:	vfmadd213ps %zmm2,%zmm29,%zmm19
    4789:	vpslld $0x17,%zmm15,%zmm2
    4790:	vpcmpgtd %zmm25,%zmm15,%k1
    4796:	vmovaps %zmm2,%zmm2{%k1}{z}
    479c:	vmovaps %zmm2,%zmm29
    47a2:	vfmadd213ps %zmm2,%zmm19,%zmm29
    47a8:	vsubps %zmm29,%zmm2,%zmm3
    47ae:	vfmadd231ps %zmm2,%zmm19,%zmm3
    47b4:	vaddps %zmm27,%zmm29,%zmm16
    47ba:	vaddps %zmm28,%zmm16,%zmm17
    47c0:	vsubps %zmm17,%zmm2,%zmm17
    47c6:	vfmadd231ps %zmm2,%zmm19,%zmm17
    47cc:	vxorps %xmm20,%xmm20,%xmm20
    47d2:	vcmpltps %zmm20,%zmm31,%k1
    47d9:	vmulps %zmm16,%zmm16,%zmm2
    47df:	vxorps %zmm13,%zmm16,%zmm18
    47e5:	vsubps %zmm16,%zmm18,%zmm18
    47eb:	vfnmadd213ps %zmm2,%zmm16,%zmm16
    47f1:	vfmadd231ps %zmm18,%zmm17,%zmm16
    47f7:	vaddps %zmm27,%zmm31,%zmm17
    47fd:	vaddps %zmm29,%zmm17,%zmm18
    4803:	vaddps %zmm3,%zmm18,%zmm3
    4809:	vmovaps %zmm3,%zmm18
    480f:	vfmadd231ps %zmm3,%zmm19,%zmm18
    4815:	vsubps %zmm18,%zmm3,%zmm26
    481b:	vfmadd231ps %zmm19,%zmm3,%zmm26
    4821:	vmulps %zmm29,%zmm17,%zmm3
    4827:	vaddps %zmm27,%zmm3,%zmm17
    482d:	vaddps %zmm28,%zmm17,%zmm19
    4833:	vmovaps %zmm18,%zmm17{%k1}
    4839:	vdivps %zmm2,%zmm17,%zmm17
    483f:	vsubps %zmm19,%zmm3,%zmm3
    4845:	vmovaps %zmm26,%zmm3{%k1}
    484b:	vfmadd231ps %zmm16,%zmm17,%zmm3
    4851:	vpbroadcastd 0x47e5(%rip),%zmm16        # 9040 <_pocl_kernel_clact_bwd_workgroup_fast+0x3480>
    485b:	vpsubd %zmm2,%zmm16,%zmm2
    4861:	vfmadd213ps %zmm17,%zmm3,%zmm2
    4867:	vpbroadcastd 0x479f(%rip),%zmm3        # 9010 <_pocl_kernel_clact_bwd_workgroup_fast+0x3450>
    4871:	vmovdqa32 %zmm15,%zmm3{%k1}
    4877:	vpmaxsd 0x47c3(%rip){1to16},%zmm3,%zmm15        # 9044 <_pocl_kernel_clact_bwd_workgroup_fast+0x3484>
    4881:	vpslld $0x17,%zmm15,%zmm16
    4888:	vmulps %zmm16,%zmm2,%zmm2
    488e:	vpsubd %zmm15,%zmm3,%zmm15
    4894:	vcmpltps %zmm14,%zmm31,%k2
    489b:	vbroadcastss 0x47a3(%rip),%zmm2{%k2}        # 9048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3488>
    48a5:	vpbroadcastd 0x479d(%rip),%zmm15{%k2}        # 904c <_pocl_kernel_clact_bwd_workgroup_fast+0x348c>
    48af:	vandps 0x4797(%rip){1to16},%zmm31,%zmm3        # 9050 <_pocl_kernel_clact_bwd_workgroup_fast+0x3490>
    48b9:	vpcmpeqd 0x4791(%rip){1to16},%zmm3,%k2        # 9054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3494>
    48c3:	kandw  %k1,%k2,%k0
    48c7:	knotw  %k0,%k1
    48cb:	vmovaps %zmm2,%zmm2{%k1}{z}
    48d1:	vcmpltps %zmm31,%zmm20,%k1{%k2}
    48d8:	jmp    4ad9 <_pocl_kernel_clact_bwd_workgroup+0x1529>
    48dd:	vmulps 0x2c0(%rsp),%zmm31,%zmm29
    48e5:	vbroadcastsd 0x4771(%rip),%zmm2        # 9060 <_pocl_kernel_clact_bwd_workgroup_fast+0x34a0>
    48ef:	vandps %zmm2,%zmm31,%zmm3
    48f5:	vfmadd132ps 0x280(%rsp),%zmm29,%zmm31
    48fd:	vandps %zmm2,%zmm29,%zmm2
    4903:	vfmadd132ps 0x240(%rsp),%zmm2,%zmm3
    490b:	vorps  %zmm13,%zmm2,%zmm15
    4911:	vcmpgtps 0x46ec(%rip){1to16},%zmm2,%k1        # 9008 <_pocl_kernel_clact_bwd_workgroup_fast+0x3448>
    491c:	vmaxps %zmm14,%zmm15,%zmm2
    4922:	vmovaps %zmm12,%zmm15
    4928:	vfmadd231ps 0x200(%rsp),%zmm2,%zmm15
    4930:	vsubps %zmm15,%zmm12,%zmm16
    4936:	vfmadd231ps 0x1c0(%rsp),%zmm16,%zmm2
    493e:	vfmadd231ps 0x180(%rsp),%zmm16,%zmm2
    4946:	vaddps %zmm3,%zmm2,%zmm3
    494c:	vmovaps %zmm2,%zmm3{%k1}
    4952:	vmulps %zmm3,%zmm3,%zmm2
    4958:	vmovaps %zmm23,%zmm16
    495e:	vfmadd213ps 0x140(%rsp),%zmm3,%zmm16
    4966:	vfmadd213ps %zmm21,%zmm3,%zmm16
    496c:	vfmadd213ps %zmm22,%zmm3,%zmm16
    4972:	vfmadd213ps %zmm24,%zmm3,%zmm16
    4978:	vfmadd213ps %zmm8,%zmm3,%zmm16
    497e:	vfmadd213ps %zmm3,%zmm2,%zmm16
    4984:	vpslld $0x17,%zmm15,%zmm2
    498b:	vpcmpgtd %zmm25,%zmm15,%k1
    4991:	vmovaps %zmm2,%zmm2{%k1}{z}
    4997:	vmovaps %zmm2,%zmm3
    499d:	vfmadd213ps %zmm2,%zmm16,%zmm3
    49a3:	vsubps %zmm3,%zmm2,%zmm17
    49a9:	vfmadd231ps %zmm2,%zmm16,%zmm17
    49af:	vsubps %zmm31,%zmm17,%zmm17
    49b5:	vaddps %zmm27,%zmm3,%zmm18
    49bb:	vaddps %zmm28,%zmm18,%zmm19
    49c1:	vsubps %zmm19,%zmm2,%zmm19
    49c7:	vfmadd231ps %zmm2,%zmm16,%zmm19
    49cd:	vxorps %xmm20,%xmm20,%xmm20
    49d3:	vcmpltps %zmm20,%zmm29,%k1
    49da:	vmulps %zmm18,%zmm18,%zmm2
    49e0:	vxorps %zmm13,%zmm18,%zmm26
    49e6:	vsubps %zmm18,%zmm26,%zmm26
    49ec:	vfnmadd213ps %zmm2,%zmm18,%zmm18
    49f2:	vfmadd231ps %zmm26,%zmm19,%zmm18
    49f8:	vaddps %zmm27,%zmm29,%zmm19
    49fe:	vaddps %zmm3,%zmm19,%zmm26
    4a04:	vaddps %zmm17,%zmm26,%zmm17
    4a0a:	vmovaps %zmm17,%zmm26
    4a10:	vfmadd231ps %zmm17,%zmm16,%zmm26
    4a16:	vsubps %zmm26,%zmm17,%zmm31
    4a1c:	vfmadd231ps %zmm16,%zmm17,%zmm31
    4a22:	vmulps %zmm3,%zmm19,%zmm3
    4a28:	vaddps %zmm27,%zmm3,%zmm16
    4a2e:	vaddps %zmm28,%zmm16,%zmm17
    4a34:	vmovaps %zmm26,%zmm16{%k1}
    4a3a:	vdivps %zmm2,%zmm16,%zmm16
    4a40:	vsubps %zmm17,%zmm3,%zmm3
    4a46:	vmovaps %zmm31,%zmm3{%k1}
    4a4c:	vfmadd231ps %zmm18,%zmm16,%zmm3
    4a52:	vpbroadcastd 0x45e4(%rip),%zmm17        # 9040 <_pocl_kernel_clact_bwd_workgroup_fast+0x3480>
    4a5c:	vpsubd %zmm2,%zmm17,%zmm2
    4a62:	vfmadd213ps %zmm16,%zmm3,%zmm2
    4a68:	vpbroadcastd 0x459e(%rip),%zmm3        # 9010 <_pocl_kernel_clact_bwd_workgroup_fast+0x3450>
    4a72:	vmovdqa32 %zmm15,%zmm3{%k1}
    4a78:	vpmaxsd 0x45c2(%rip){1to16},%zmm3,%zmm15        # 9044 <_pocl_kernel_clact_bwd_workgroup_fast+0x3484>
    4a82:	vpslld $0x17,%zmm15,%zmm16
    4a89:	vmulps %zmm16,%zmm2,%zmm2
    4a8f:	vpsubd %zmm15,%zmm3,%zmm15
    4a95:	vcmpltps %zmm14,%zmm29,%k2
    4a9c:	vbroadcastss 0x45a2(%rip),%zmm2{%k2}        # 9048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3488>
    4aa6:	vpbroadcastd 0x459c(%rip),%zmm15{%k2}        # 904c <_pocl_kernel_clact_bwd_workgroup_fast+0x348c>
    4ab0:	vandps 0x4596(%rip){1to16},%zmm29,%zmm3        # 9050 <_pocl_kernel_clact_bwd_workgroup_fast+0x3490>
    4aba:	vpcmpeqd 0x4590(%rip){1to16},%zmm3,%k2        # 9054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3494>
    4ac4:	kandw  %k1,%k2,%k0
    4ac8:	knotw  %k0,%k1
    4acc:	vmovaps %zmm2,%zmm2{%k1}{z}
    4ad2:	vcmpltps %zmm29,%zmm20,%k1{%k2}
    4ad9:	vmulps %zmm2,%zmm30,%zmm29
    4adf:	vmovaps %zmm30,%zmm29{%k1}
    4ae5:	jmp    468e <_pocl_kernel_clact_bwd_workgroup+0x10de>
