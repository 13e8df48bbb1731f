# block 2880-2880: 1 instructions
  2.70 2880:	vcvtneps2bf16 %zmm0,%ymm0
# block 2886-2897: 5 instructions
 15.36 2886:	mov    0x28(%rsp),%rdx
  0.81 288b:	vmovdqa %ymm0,(%rdx,%rcx,1)
  7.01 2890:	add    $0x20,%rcx
  0.00 2894:	inc    %rax
  0.00 2897:	je     2d30 <_pocl_kernel_clact_fwd_workgroup+0xd10>
# block 289d-2959: 31 instructions
  0.00 289d:	mov    0x40(%rsp),%rdx
  0.00 28a2:	prefetcht0 0x800(%rdx,%rcx,1)
  2.70 28aa:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  4.04 28b1:	vpslld $0x10,%zmm0,%zmm0
  0.00 28b8:	vmulps %zmm5,%zmm0,%zmm3
  1.08 28be:	vmaxps %zmm3,%zmm6,%zmm23
  0.00 28c4:	vminps %zmm23,%zmm7,%zmm23
  0.00 28ca:	vmovaps %zmm8,%zmm25
  0.00 28d0:	vfmadd231ps %zmm9,%zmm23,%zmm25
  0.00 28d6:	vpmaxsd %zmm10,%zmm25,%zmm26
  0.00 28dc:	vpslld $0x17,%zmm26,%zmm27
  2.16 28e3:	vsubps %zmm25,%zmm8,%zmm28
  0.00 28e9:	vfmadd132ps %zmm11,%zmm23,%zmm28
  0.81 28ef:	vmovaps %zmm12,%zmm23
  0.00 28f5:	vfmadd213ps %zmm13,%zmm28,%zmm23
  0.27 28fb:	vfmadd213ps %zmm14,%zmm28,%zmm23
  0.00 2901:	vfmadd213ps %zmm15,%zmm28,%zmm23
  0.00 2907:	vmulps %zmm27,%zmm23,%zmm23
  0.00 290d:	vaddps %zmm16,%zmm23,%zmm27
  3.50 2913:	vdivps %zmm27,%zmm16,%zmm27
  2.43 2919:	vmulps %zmm27,%zmm23,%zmm23
  3.77 291f:	vmulps %zmm0,%zmm23,%zmm23
  5.66 2925:	vcmpeqps %zmm17,%zmm3,%k1
  0.00 292c:	vandps 0x26fe(%rip){1to16},%zmm0,%zmm23{%k1}        # 5034 <_pocl_kernel_clact_fwd_workgroup_fast+0x1fc4>
  5.39 2936:	vpsubd %zmm26,%zmm25,%zmm0
  2.96 293c:	vmulps %zmm23,%zmm2,%zmm3
  9.70 2942:	vcvtdq2ps %zmm0,%zmm0
  0.54 2948:	vscalefps %zmm0,%zmm3,%zmm0
 12.67 294e:	vfpclassps $0x20,%zmm0,%k0
  9.70 2955:	kortestw %k0,%k0
  6.74 2959:	je     2880 <_pocl_kernel_clact_fwd_workgroup+0x860>
# block 295f-299c: 10 instructions (no samples)
  0.00 295f:	vpsrld $0x10,%zmm0,%zmm3
  0.00 2966:	vpandd %zmm18,%zmm3,%zmm3
  0.00 296c:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 2972:	vpaddd %zmm19,%zmm3,%zmm3
  0.00 2978:	vpaddd %zmm0,%zmm0,%zmm23
  0.00 297e:	vpcmpnleud %zmm20,%zmm23,%k1
  0.00 2985:	vpord  0x26bd(%rip){1to16},%zmm0,%zmm3{%k1}        # 504c <_pocl_kernel_clact_fwd_workgroup_fast+0x1fdc>
  0.00 298f:	vpsrld $0x10,%zmm3,%zmm0
  0.00 2996:	vpmovdw %zmm0,%ymm0
  0.00 299c:	jmp    2886 <_pocl_kernel_clact_fwd_workgroup+0x866>
