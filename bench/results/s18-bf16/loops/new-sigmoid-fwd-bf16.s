# block 2780-2780: 1 instructions
  1.78 2780:	vcvtneps2bf16 %zmm0,%ymm0
# block 2786-2797: 5 instructions
 10.68 2786:	mov    0x28(%rsp),%rdx
  1.48 278b:	vmovdqa %ymm0,(%rdx,%rcx,1)
 13.35 2790:	add    $0x20,%rcx
  0.30 2794:	inc    %rax
  0.00 2797:	je     2bd0 <_pocl_kernel_clact_fwd_workgroup+0xc70>
# block 279d-283c: 27 instructions
  1.19 279d:	mov    0x40(%rsp),%rdx
  0.00 27a2:	prefetcht0 0x800(%rdx,%rcx,1)
  3.86 27aa:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  3.26 27b1:	vpslld $0x10,%zmm0,%zmm0
  0.00 27b8:	vmaxps %zmm0,%zmm5,%zmm0
  1.78 27be:	vminps %zmm0,%zmm6,%zmm0
  0.00 27c4:	vmovaps %zmm7,%zmm3
  0.00 27ca:	vfmadd231ps %zmm8,%zmm0,%zmm3
  0.30 27d0:	vpmaxsd %zmm9,%zmm3,%zmm21
  0.00 27d6:	vsubps %zmm3,%zmm7,%zmm23
  0.00 27dc:	vfmadd132ps %zmm10,%zmm0,%zmm23
  2.37 27e2:	vmovaps %zmm11,%zmm0
  0.00 27e8:	vfmadd213ps %zmm12,%zmm23,%zmm0
  1.19 27ee:	vfmadd213ps %zmm13,%zmm23,%zmm0
  0.00 27f4:	vfmadd213ps %zmm14,%zmm23,%zmm0
  0.30 27fa:	vpslld $0x17,%zmm21,%zmm23
  0.00 2801:	vmulps %zmm23,%zmm0,%zmm0
  0.30 2807:	vaddps %zmm15,%zmm0,%zmm23
  0.59 280d:	vdivps %zmm23,%zmm15,%zmm23
  8.90 2813:	vmulps %zmm23,%zmm0,%zmm0
  8.61 2819:	vpsubd %zmm21,%zmm3,%zmm3
  0.30 281f:	vmulps %zmm0,%zmm2,%zmm0
  9.50 2825:	vcvtdq2ps %zmm3,%zmm3
  0.00 282b:	vscalefps %zmm3,%zmm0,%zmm0
  8.90 2831:	vfpclassps $0x20,%zmm0,%k0
 14.24 2838:	kortestw %k0,%k0
  6.82 283c:	je     2780 <_pocl_kernel_clact_fwd_workgroup+0x820>
# block 2842-287f: 10 instructions (no samples)
  0.00 2842:	vpsrld $0x10,%zmm0,%zmm3
  0.00 2849:	vpandd %zmm16,%zmm3,%zmm3
  0.00 284f:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 2855:	vpaddd %zmm17,%zmm3,%zmm3
  0.00 285b:	vpaddd %zmm0,%zmm0,%zmm21
  0.00 2861:	vpcmpnleud %zmm18,%zmm21,%k1
  0.00 2868:	vpord  0x17ce(%rip){1to16},%zmm0,%zmm3{%k1}        # 4040 <_pocl_kernel_clact_fwd_workgroup_fast+0x1150>
  0.00 2872:	vpsrld $0x10,%zmm3,%zmm0
  0.00 2879:	vpmovdw %zmm0,%ymm0
  0.00 287f:	jmp    2786 <_pocl_kernel_clact_fwd_workgroup+0x826>
