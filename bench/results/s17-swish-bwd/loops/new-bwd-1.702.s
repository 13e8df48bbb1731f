# block 5620-5879: 92 instructions
  0.00 5620:	mov    0x60(%rsp),%rax
  0.12 5625:	prefetcht0 0x800(%rax,%rdi,1)
  2.00 562d:	vmovaps (%rax,%rdi,1),%zmm1
  0.35 5634:	vmulps 0x2c0(%rsp),%zmm1,%zmm8
  1.65 563c:	vbroadcastsd 0x4a2a(%rip),%zmm3        # a070 <_pocl_kernel_clact_bwd_workgroup_fast+0x3ab0>
  0.00 5646:	vandps %zmm3,%zmm1,%zmm5
  0.12 564c:	vfmadd132ps 0x280(%rsp),%zmm8,%zmm1
  0.00 5654:	vandps %zmm3,%zmm8,%zmm3
  0.00 565a:	vfmadd132ps 0x240(%rsp),%zmm3,%zmm5
  0.24 5662:	vorps  %zmm9,%zmm3,%zmm6
  0.12 5668:	vcmpgtps 0x4995(%rip){1to16},%zmm3,%k1        # a008 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a48>
  1.41 5673:	vmaxps %zmm10,%zmm6,%zmm3
  0.00 5679:	vmovaps %zmm21,%zmm11
  0.00 567f:	vfmadd231ps 0x1c0(%rsp),%zmm3,%zmm11
  0.00 5687:	vsubps %zmm11,%zmm21,%zmm6
  0.12 568d:	vfmadd231ps 0x180(%rsp),%zmm6,%zmm3
  0.12 5695:	vfmadd231ps %zmm14,%zmm6,%zmm3
  0.00 569b:	vaddps %zmm5,%zmm3,%zmm5
  0.00 56a1:	vmovaps %zmm3,%zmm5{%k1}
  1.76 56a7:	vmulps %zmm5,%zmm5,%zmm3
  0.00 56ad:	vmovaps %zmm13,%zmm6
  0.00 56b3:	vfmadd213ps %zmm16,%zmm5,%zmm6
  0.00 56b9:	vfmadd213ps %zmm17,%zmm5,%zmm6
  0.00 56bf:	vfmadd213ps %zmm18,%zmm5,%zmm6
  0.00 56c5:	vfmadd213ps %zmm19,%zmm5,%zmm6
  0.00 56cb:	vfmadd213ps %zmm20,%zmm5,%zmm6
  0.00 56d1:	vfmadd213ps %zmm5,%zmm3,%zmm6
  1.88 56d7:	vpslld $0x17,%zmm11,%zmm3
  0.00 56de:	vpcmpgtd %zmm22,%zmm11,%k1
  0.12 56e4:	vmovaps %zmm3,%zmm3{%k1}{z}
  0.00 56ea:	vmovaps %zmm3,%zmm5
  0.00 56f0:	vfmadd213ps %zmm3,%zmm6,%zmm5
  0.12 56f6:	vsubps %zmm5,%zmm3,%zmm12
  0.12 56fc:	vfmadd231ps %zmm3,%zmm6,%zmm12
  0.35 5702:	vsubps %zmm1,%zmm12,%zmm1
  1.76 5708:	vaddps %zmm24,%zmm5,%zmm12
  0.00 570e:	vaddps %zmm25,%zmm12,%zmm15
  0.00 5714:	vsubps %zmm15,%zmm3,%zmm15
  0.00 571a:	vfmadd231ps %zmm3,%zmm6,%zmm15
  0.47 5720:	vmulps %zmm12,%zmm12,%zmm3
  0.00 5726:	vxorps %zmm9,%zmm12,%zmm23
  0.24 572c:	vsubps %zmm12,%zmm23,%zmm23
  0.00 5732:	vfnmadd213ps %zmm3,%zmm12,%zmm12
  1.53 5738:	vfmadd231ps %zmm23,%zmm15,%zmm12
  0.59 573e:	vaddps %zmm24,%zmm8,%zmm15
  0.12 5744:	vaddps %zmm5,%zmm15,%zmm23
  0.00 574a:	vaddps %zmm1,%zmm23,%zmm1
  0.00 5750:	vmovaps %zmm1,%zmm23
  0.00 5756:	vfmadd231ps %zmm1,%zmm6,%zmm23
  0.12 575c:	vsubps %zmm23,%zmm1,%zmm30
  0.12 5762:	vfmadd231ps %zmm6,%zmm1,%zmm30
  2.47 5768:	vmulps %zmm5,%zmm15,%zmm1
  0.12 576e:	vaddps %zmm24,%zmm1,%zmm5
  0.00 5774:	vaddps %zmm25,%zmm5,%zmm6
  0.00 577a:	vsubps %zmm6,%zmm1,%zmm1
  0.00 5780:	vcmpltps 0x49b5(%rip),%zmm8,%k1        # a140 <_pocl_kernel_clact_bwd_workgroup_fast+0x3b80>
  0.00 578b:	vmovaps %zmm23,%zmm5{%k1}
  0.12 5791:	vmovaps %zmm30,%zmm1{%k1}
  3.88 5797:	vdivps %zmm3,%zmm5,%zmm5
 11.99 579d:	vfmadd231ps %zmm12,%zmm5,%zmm1
  8.34 57a3:	vxorps %xmm2,%xmm2,%xmm2
  0.12 57a7:	vpsubd %zmm3,%zmm26,%zmm3
  0.00 57ad:	vfmadd213ps %zmm5,%zmm1,%zmm3
  5.64 57b3:	vpblendmd %zmm11,%zmm27,%zmm1{%k1}
  0.00 57b9:	vpmaxsd %zmm28,%zmm1,%zmm5
  0.00 57bf:	vpslld $0x17,%zmm5,%zmm6
  0.00 57c6:	vmulps %zmm6,%zmm3,%zmm3
  5.76 57cc:	mov    0x58(%rsp),%rax
  0.00 57d1:	prefetcht0 0x800(%rax,%rdi,1)
  1.41 57d9:	vpsubd %zmm5,%zmm1,%zmm1
  0.12 57df:	vmovaps (%rax,%rdi,1),%zmm5
  0.71 57e6:	vcmpltps %zmm10,%zmm8,%k1
  0.00 57ed:	vbroadcastss 0x4851(%rip),%zmm3{%k1}        # a048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a88>
  3.29 57f7:	vcmpneqps %zmm29,%zmm8,%k2
  0.00 57fe:	vmovaps %zmm3,%zmm3{%k2}{z}
  3.76 5804:	vcmpeqps 0x4845(%rip){1to16},%zmm8,%k2        # a054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a94>
  0.12 580f:	vmulps %zmm3,%zmm5,%zmm3
  7.99 5815:	vpslld $0x17,%zmm1,%zmm1
  0.00 581c:	vpbroadcastd 0x483a(%rip),%zmm1{%k1}        # a060 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa0>
  0.00 5826:	vpaddd 0x47d4(%rip){1to16},%zmm1,%zmm6        # a004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3a44>
  0.24 5830:	vpminsd 0x482a(%rip){1to16},%zmm1,%zmm1        # a064 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa4>
  0.00 583a:	vmovaps %zmm5,%zmm3{%k2}
  3.64 5840:	vpmaxsd 0x481e(%rip){1to16},%zmm6,%zmm5        # a068 <_pocl_kernel_clact_bwd_workgroup_fast+0x3aa8>
  0.00 584a:	vpaddd 0x4818(%rip){1to16},%zmm1,%zmm1        # a06c <_pocl_kernel_clact_bwd_workgroup_fast+0x3aac>
  0.00 5854:	vmulps %zmm3,%zmm4,%zmm3
  8.58 585a:	vmulps %zmm5,%zmm3,%zmm3
  7.40 5860:	vmulps %zmm1,%zmm3,%zmm1
  6.46 5866:	mov    0x50(%rsp),%rax
  0.35 586b:	vmovaps %zmm1,(%rax,%rdi,1)
  1.88 5872:	add    $0x40,%rdi
  0.00 5876:	inc    %rdx
  0.00 5879:	jne    5620 <_pocl_kernel_clact_bwd_workgroup+0x1b70>
