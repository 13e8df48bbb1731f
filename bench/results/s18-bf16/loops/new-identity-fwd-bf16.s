# block 22b0-22b0: 1 instructions
  0.49 22b0:	vcvtneps2bf16 %zmm0,%ymm0
# block 22b6-22c7: 5 instructions
 19.12 22b6:	mov    0x28(%rsp),%rdx
  2.45 22bb:	vmovdqa %ymm0,(%rdx,%rcx,1)
 14.71 22c0:	add    $0x20,%rcx
  0.00 22c4:	inc    %rax
  0.00 22c7:	je     25a0 <_pocl_kernel_clact_fwd_workgroup+0x9a0>
# block 22cd-22f9: 8 instructions
  0.00 22cd:	mov    0x40(%rsp),%rdx
  0.49 22d2:	prefetcht0 0x800(%rdx,%rcx,1)
 52.94 22da:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  5.88 22e1:	vpslld $0x10,%zmm0,%zmm0
  0.49 22e8:	vmulps %zmm0,%zmm2,%zmm0
  0.00 22ee:	vfpclassps $0x20,%zmm0,%k0
  0.49 22f5:	kortestw %k0,%k0
  0.98 22f9:	je     22b0 <_pocl_kernel_clact_fwd_workgroup+0x6b0>
# block 22fb-2338: 10 instructions (no samples)
  0.00 22fb:	vpsrld $0x10,%zmm0,%zmm5
  0.00 2302:	vpandd %zmm15,%zmm5,%zmm5
  0.00 2308:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 230e:	vpaddd %zmm6,%zmm5,%zmm5
  0.00 2314:	vpaddd %zmm0,%zmm0,%zmm14
  0.00 231a:	vpcmpnleud %zmm7,%zmm14,%k1
  0.00 2321:	vpord  0x1ce9(%rip){1to16},%zmm0,%zmm5{%k1}        # 4014 <_pocl_kernel_clact_fwd_workgroup_fast+0x1804>
  0.00 232b:	vpsrld $0x10,%zmm5,%zmm0
  0.00 2332:	vpmovdw %zmm0,%ymm0
  0.00 2338:	jmp    22b6 <_pocl_kernel_clact_fwd_workgroup+0x6b6>
