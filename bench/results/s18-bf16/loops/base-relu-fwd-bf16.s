# block 2320-2320: 1 instructions (no samples)
  0.00 2320:	vcvtneps2bf16 %zmm0,%ymm0
# block 2326-2337: 5 instructions
  9.95 2326:	mov    0x28(%rsp),%rdx
  2.26 232b:	vmovdqa %ymm0,(%rdx,%rcx,1)
 21.27 2330:	add    $0x20,%rcx
  0.45 2334:	inc    %rax
  0.00 2337:	je     2620 <_pocl_kernel_clact_fwd_workgroup+0x9d0>
# block 233d-2376: 10 instructions
  1.81 233d:	mov    0x40(%rsp),%rdx
  0.00 2342:	prefetcht0 0x800(%rdx,%rcx,1)
 46.61 234a:	vpmovzxwd (%rdx,%rcx,1),%zmm0
  4.98 2351:	vpslld $0x10,%zmm0,%zmm0
  0.00 2358:	vcmpnleps %zmm10,%zmm0,%k1
  4.98 235f:	vmovaps %zmm0,%zmm0{%k1}{z}
  0.00 2365:	vmulps %zmm0,%zmm2,%zmm0
  3.17 236b:	vfpclassps $0x20,%zmm0,%k0
  1.81 2372:	kortestw %k0,%k0
  2.71 2376:	je     2320 <_pocl_kernel_clact_fwd_workgroup+0x6d0>
# block 2378-23b5: 10 instructions (no samples)
  0.00 2378:	vpsrld $0x10,%zmm0,%zmm5
  0.00 237f:	vpandd %zmm6,%zmm5,%zmm5
  0.00 2385:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 238b:	vpaddd %zmm7,%zmm5,%zmm5
  0.00 2391:	vpaddd %zmm0,%zmm0,%zmm12
  0.00 2397:	vpcmpnleud %zmm8,%zmm12,%k1
  0.00 239e:	vpord  0x1c6c(%rip){1to16},%zmm0,%zmm5{%k1}        # 4014 <_pocl_kernel_clact_fwd_workgroup_fast+0x1764>
  0.00 23a8:	vpsrld $0x10,%zmm5,%zmm0
  0.00 23af:	vpmovdw %zmm0,%ymm0
  0.00 23b5:	jmp    2326 <_pocl_kernel_clact_fwd_workgroup+0x6d6>
