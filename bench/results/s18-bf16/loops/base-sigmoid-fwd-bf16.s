# block 28b0-28b0: 1 instructions
  1.89 28b0:	vcvtneps2bf16 %zmm0,%ymm0
# block 28b6-28c7: 5 instructions
 13.78 28b6:	mov    0x28(%rsp),%rdx
  0.81 28bb:	vmovdqa %ymm0,(%rdx,%rcx,1)
  3.24 28c0:	add    $0x20,%rcx
  0.00 28c4:	inc    %rax
  0.00 28c7:	je     2d60 <_pocl_kernel_clact_fwd_workgroup+0xd30>
# block 28cd-298b: 32 instructions
  0.00 28cd:	mov    0x40(%rsp),%rdx
  0.00 28d2:	prefetcht0 0x800(%rdx,%rcx,1)
  1.35 28da:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  3.24 28e1:	vpslld $0x10,%zmm0,%zmm0
  0.00 28e8:	vmaxps %zmm0,%zmm5,%zmm0
  0.27 28ee:	vminps %zmm0,%zmm6,%zmm0
  0.00 28f4:	vmovaps %zmm7,%zmm3
  0.00 28fa:	vfmadd231ps %zmm8,%zmm0,%zmm3
  0.00 2900:	vpmaxsd %zmm9,%zmm3,%zmm25
  0.00 2906:	vsubps %zmm3,%zmm7,%zmm27
  0.00 290c:	vfmadd132ps %zmm10,%zmm0,%zmm27
  4.32 2912:	vmovaps %zmm11,%zmm0
  0.00 2918:	vfmadd213ps %zmm12,%zmm27,%zmm0
  0.54 291e:	vfmadd213ps %zmm13,%zmm27,%zmm0
  0.00 2924:	vfmadd213ps %zmm14,%zmm27,%zmm0
  0.00 292a:	vpslld $0x17,%zmm25,%zmm27
  0.00 2931:	vmulps %zmm27,%zmm0,%zmm0
  0.00 2937:	vaddps %zmm15,%zmm0,%zmm27
  0.00 293d:	vdivps %zmm27,%zmm15,%zmm27
 11.08 2943:	vpsubd %zmm25,%zmm3,%zmm3
  0.00 2949:	vmulps %zmm27,%zmm0,%zmm0
  7.30 294f:	vpslld $0x17,%zmm3,%zmm3
  0.00 2956:	vpaddd %zmm16,%zmm3,%zmm25
  0.00 295c:	vpminsd %zmm17,%zmm3,%zmm3
  0.00 2962:	vpmaxsd %zmm18,%zmm25,%zmm25
  2.43 2968:	vpaddd %zmm19,%zmm3,%zmm3
  0.00 296e:	vmulps %zmm0,%zmm2,%zmm0
  7.57 2974:	vmulps %zmm25,%zmm0,%zmm0
 13.24 297a:	vmulps %zmm3,%zmm0,%zmm0
 13.78 2980:	vfpclassps $0x20,%zmm0,%k0
  9.46 2987:	kortestw %k0,%k0
  5.14 298b:	je     28b0 <_pocl_kernel_clact_fwd_workgroup+0x880>
# block 2991-29ce: 10 instructions (no samples)
  0.00 2991:	vpsrld $0x10,%zmm0,%zmm3
  0.00 2998:	vpandd %zmm20,%zmm3,%zmm3
  0.00 299e:	vpaddd %zmm3,%zmm0,%zmm3
  0.00 29a4:	vpaddd %zmm21,%zmm3,%zmm3
  0.00 29aa:	vpaddd %zmm0,%zmm0,%zmm25
  0.00 29b0:	vpcmpnleud %zmm22,%zmm25,%k1
  0.00 29b7:	vpord  0x268b(%rip){1to16},%zmm0,%zmm3{%k1}        # 504c <_pocl_kernel_clact_fwd_workgroup_fast+0x1fac>
  0.00 29c1:	vpsrld $0x10,%zmm3,%zmm0
  0.00 29c8:	vpmovdw %zmm0,%ymm0
  0.00 29ce:	jmp    28b6 <_pocl_kernel_clact_fwd_workgroup+0x886>
