# block 5710-5974: 95 instructions
  0.00 5710:	mov    0x60(%rsp),%rax
  0.00 5715:	prefetcht0 0x800(%rax,%rdi,1)
  0.58 571d:	vmovaps (%rax,%rdi,1),%zmm1
  0.12 5724:	vmulps 0x300(%rsp),%zmm1,%zmm8
  1.74 572c:	vbroadcastsd 0x493a(%rip),%zmm3        # a070 <_pocl_kernel_clact_bwd_workgroup_fast+0x3980>
  0.23 5736:	vandps %zmm3,%zmm1,%zmm5
  0.12 573c:	vfmadd132ps 0x2c0(%rsp),%zmm8,%zmm1
  0.00 5744:	vandps %zmm3,%zmm8,%zmm3
  0.12 574a:	vfmadd132ps 0x280(%rsp),%zmm3,%zmm5
  0.00 5752:	vorps  %zmm9,%zmm3,%zmm6
  0.00 5758:	vcmpgtps 0x48a5(%rip){1to16},%zmm3,%k1        # a008 <_pocl_kernel_clact_bwd_workgroup_fast+0x3918>
  1.28 5763:	vmaxps %zmm10,%zmm6,%zmm3
  0.00 5769:	vmovaps %zmm21,%zmm11
  0.12 576f:	vfmadd231ps 0x200(%rsp),%zmm3,%zmm11
  0.00 5777:	vsubps %zmm11,%zmm21,%zmm6
  0.00 577d:	vfmadd231ps 0x1c0(%rsp),%zmm6,%zmm3
  0.00 5785:	vfmadd231ps 0x180(%rsp),%zmm6,%zmm3
  0.00 578d:	vaddps %zmm5,%zmm3,%zmm5
  0.23 5793:	vmovaps %zmm3,%zmm5{%k1}
  1.51 5799:	vmulps %zmm5,%zmm5,%zmm3
  0.00 579f:	vmovaps %zmm14,%zmm6
  0.12 57a5:	vfmadd213ps %zmm16,%zmm5,%zmm6
  0.00 57ab:	vfmadd213ps %zmm17,%zmm5,%zmm6
  0.00 57b1:	vfmadd213ps %zmm18,%zmm5,%zmm6
  0.00 57b7:	vfmadd213ps %zmm19,%zmm5,%zmm6
  0.12 57bd:	vfmadd213ps %zmm20,%zmm5,%zmm6
  0.00 57c3:	vfmadd213ps %zmm5,%zmm3,%zmm6
  1.51 57c9:	vpslld $0x17,%zmm11,%zmm3
  0.00 57d0:	vpcmpgtd %zmm22,%zmm11,%k1
  0.00 57d6:	vmovaps %zmm3,%zmm3{%k1}{z}
  0.00 57dc:	vmovaps %zmm3,%zmm5
  0.00 57e2:	vfmadd213ps %zmm3,%zmm6,%zmm5
  0.12 57e8:	vsubps %zmm5,%zmm3,%zmm12
  0.00 57ee:	vfmadd231ps %zmm3,%zmm6,%zmm12
  0.00 57f4:	vsubps %zmm1,%zmm12,%zmm1
  1.39 57fa:	vaddps %zmm24,%zmm5,%zmm12
  0.00 5800:	vaddps %zmm25,%zmm12,%zmm13
  0.00 5806:	vsubps %zmm13,%zmm3,%zmm13
  0.00 580c:	vfmadd231ps %zmm3,%zmm6,%zmm13
  0.12 5812:	vmulps %zmm12,%zmm12,%zmm3
  0.00 5818:	vxorps %zmm9,%zmm12,%zmm15
  0.00 581e:	vsubps %zmm12,%zmm15,%zmm15
  0.00 5824:	vfnmadd213ps %zmm3,%zmm12,%zmm12
  1.63 582a:	vfmadd231ps %zmm15,%zmm13,%zmm12
  0.46 5830:	vaddps %zmm24,%zmm8,%zmm13
  0.00 5836:	vaddps %zmm5,%zmm13,%zmm15
  0.12 583c:	vaddps %zmm1,%zmm15,%zmm1
  0.12 5842:	vmovaps %zmm1,%zmm15
  0.00 5848:	vfmadd231ps %zmm1,%zmm6,%zmm15
  0.00 584e:	vsubps %zmm15,%zmm1,%zmm30
  1.28 5854:	vfmadd231ps %zmm6,%zmm1,%zmm30
  3.83 585a:	vmulps %zmm5,%zmm13,%zmm1
  0.00 5860:	vaddps %zmm24,%zmm1,%zmm5
  0.00 5866:	vaddps %zmm25,%zmm5,%zmm6
  0.00 586c:	vsubps %zmm6,%zmm1,%zmm1
  0.00 5872:	vcmpltps %zmm23,%zmm8,%k1
  0.00 5879:	vmovaps %zmm15,%zmm5{%k1}
  0.00 587f:	vdivps %zmm3,%zmm5,%zmm5
 12.66 5885:	vmovaps %zmm30,%zmm1{%k1}
  0.00 588b:	vfmadd231ps %zmm12,%zmm5,%zmm1
  7.43 5891:	vxorps %xmm2,%xmm2,%xmm2
  0.00 5895:	vpsubd %zmm3,%zmm26,%zmm3
  0.12 589b:	vfmadd213ps %zmm5,%zmm1,%zmm3
  5.34 58a1:	vpblendmd %zmm11,%zmm27,%zmm1{%k1}
  0.00 58a7:	vpmaxsd %zmm28,%zmm1,%zmm5
  0.12 58ad:	vpslld $0x17,%zmm5,%zmm6
  0.12 58b4:	vmulps %zmm6,%zmm3,%zmm3
  5.23 58ba:	vandps %zmm29,%zmm8,%zmm6
  0.23 58c0:	vpcmpeqd 0x478a(%rip){1to16},%zmm6,%k2        # a054 <_pocl_kernel_clact_bwd_workgroup_fast+0x3964>
  0.00 58ca:	mov    0x58(%rsp),%rax
  0.23 58cf:	prefetcht0 0x800(%rax,%rdi,1)
  1.86 58d7:	vpsubd %zmm5,%zmm1,%zmm1
  0.00 58dd:	vmovaps (%rax,%rdi,1),%zmm5
  0.00 58e4:	vcmpltps %zmm10,%zmm8,%k3
  2.67 58eb:	vbroadcastss 0x4753(%rip),%zmm3{%k3}        # a048 <_pocl_kernel_clact_bwd_workgroup_fast+0x3958>
  2.44 58f5:	kandw  %k1,%k2,%k0
  0.00 58f9:	knotw  %k0,%k1
  0.00 58fd:	vmovaps %zmm3,%zmm3{%k1}{z}
  4.18 5903:	vcmpltps %zmm8,%zmm23,%k1{%k2}
  0.23 590a:	vmulps %zmm3,%zmm5,%zmm3
  9.87 5910:	vpslld $0x17,%zmm1,%zmm1
  0.00 5917:	vpbroadcastd 0x473f(%rip),%zmm1{%k3}        # a060 <_pocl_kernel_clact_bwd_workgroup_fast+0x3970>
  0.46 5921:	vpaddd 0x46d9(%rip){1to16},%zmm1,%zmm6        # a004 <_pocl_kernel_clact_bwd_workgroup_fast+0x3914>
  0.12 592b:	vpminsd 0x472f(%rip){1to16},%zmm1,%zmm1        # a064 <_pocl_kernel_clact_bwd_workgroup_fast+0x3974>
  0.00 5935:	vmovaps %zmm5,%zmm3{%k1}
  4.65 593b:	vpmaxsd 0x4723(%rip){1to16},%zmm6,%zmm5        # a068 <_pocl_kernel_clact_bwd_workgroup_fast+0x3978>
  0.00 5945:	vpaddd 0x471d(%rip){1to16},%zmm1,%zmm1        # a06c <_pocl_kernel_clact_bwd_workgroup_fast+0x397c>
  0.00 594f:	vmulps %zmm3,%zmm4,%zmm3
  7.90 5955:	vmulps %zmm5,%zmm3,%zmm3
  8.25 595b:	vmulps %zmm1,%zmm3,%zmm1
  5.69 5961:	mov    0x50(%rsp),%rax
  0.23 5966:	vmovaps %zmm1,(%rax,%rdi,1)
  2.90 596d:	add    $0x40,%rdi
  0.00 5971:	inc    %rdx
  0.00 5974:	jne    5710 <_pocl_kernel_clact_bwd_workgroup+0x1bd0>
