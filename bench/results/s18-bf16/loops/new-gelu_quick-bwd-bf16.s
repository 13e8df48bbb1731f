# block 2e30-2e30: 1 instructions
  1.11 2e30:	vcvtneps2bf16 %zmm0,%ymm0
# block 2e36-2e47: 5 instructions
  9.76 2e36:	mov    0x50(%rsp),%rax
  0.22 2e3b:	vmovdqa %ymm0,(%rax,%rdi,1)
 13.53 2e40:	add    $0x20,%rdi
  0.00 2e44:	inc    %rdx
  0.00 2e47:	je     3370 <_pocl_kernel_clact_bwd_workgroup+0x1030>
# block 2e4d-2f38: 39 instructions
  0.00 2e4d:	mov    0x70(%rsp),%rax
  0.00 2e52:	prefetcht0 0x800(%rax,%rdi,1)
  1.77 2e5a:	vpmovzxwd (%rax,%rdi,1),%zmm0
  2.22 2e61:	vpslld $0x10,%zmm0,%zmm0
  0.22 2e68:	mov    0x68(%rsp),%rax
  1.11 2e6d:	prefetcht0 0x800(%rax,%rdi,1)
  4.66 2e75:	vpmovzxwd (%rax,%rdi,1),%zmm5
  0.00 2e7c:	vmulps %zmm6,%zmm0,%zmm0
  0.00 2e82:	vminps %zmm0,%zmm7,%zmm24
  0.00 2e88:	vmaxps %zmm24,%zmm8,%zmm24
  3.33 2e8e:	vmovaps %zmm9,%zmm26
  0.44 2e94:	vfmadd231ps %zmm10,%zmm24,%zmm26
  0.44 2e9a:	vsubps %zmm26,%zmm9,%zmm27
  0.00 2ea0:	vpmaxsd %zmm11,%zmm26,%zmm28
  0.00 2ea6:	vpslld $0x17,%zmm28,%zmm29
  0.00 2ead:	vfmadd132ps %zmm12,%zmm24,%zmm27
  0.00 2eb3:	vmovaps %zmm13,%zmm30
  0.00 2eb9:	vfmadd213ps %zmm14,%zmm27,%zmm30
  1.77 2ebf:	vfmadd213ps %zmm15,%zmm27,%zmm30
  0.00 2ec5:	vfmadd213ps %zmm16,%zmm27,%zmm30
  0.44 2ecb:	vfmadd213ps %zmm17,%zmm27,%zmm30
  0.67 2ed1:	vmulps %zmm29,%zmm30,%zmm27
  0.22 2ed7:	vaddps %zmm18,%zmm27,%zmm29
  0.00 2edd:	vdivps %zmm29,%zmm18,%zmm29
  6.87 2ee3:	vaddps %zmm18,%zmm24,%zmm24
  0.22 2ee9:	vaddps %zmm27,%zmm24,%zmm24
  0.67 2eef:	vmulps %zmm24,%zmm27,%zmm24
  0.00 2ef5:	vmulps %zmm29,%zmm29,%zmm27
  3.99 2efb:	vcmpneqps %zmm19,%zmm0,%k1
  0.00 2f02:	vmulps %zmm27,%zmm24,%zmm0{%k1}{z}
  4.88 2f08:	vpslld $0x10,%zmm5,%zmm5
  0.00 2f0f:	vmulps %zmm5,%zmm0,%zmm0
 10.86 2f15:	vpsubd %zmm28,%zmm26,%zmm5
  0.00 2f1b:	vmulps %zmm0,%zmm2,%zmm0
  6.65 2f21:	vcvtdq2ps %zmm5,%zmm5
  0.44 2f27:	vscalefps %zmm5,%zmm0,%zmm0
  9.09 2f2d:	vfpclassps $0x20,%zmm0,%k0
  8.87 2f34:	kortestw %k0,%k0
  5.54 2f38:	je     2e30 <_pocl_kernel_clact_bwd_workgroup+0xaf0>
# block 2f3e-2f7b: 10 instructions (no samples)
  0.00 2f3e:	vpsrld $0x10,%zmm0,%zmm5
  0.00 2f45:	vpandd %zmm20,%zmm5,%zmm5
  0.00 2f4b:	vpaddd %zmm5,%zmm0,%zmm5
  0.00 2f51:	vpaddd %zmm21,%zmm5,%zmm5
  0.00 2f57:	vpaddd %zmm0,%zmm0,%zmm24
  0.00 2f5d:	vpcmpnleud %zmm22,%zmm24,%k1
  0.00 2f64:	vpord  0x20de(%rip){1to16},%zmm0,%zmm5{%k1}        # 504c <_pocl_kernel_clact_bwd_workgroup_fast+0x18ac>
  0.00 2f6e:	vpsrld $0x10,%zmm5,%zmm0
  0.00 2f75:	vpmovdw %zmm0,%ymm0
  0.00 2f7b:	jmp    2e36 <_pocl_kernel_clact_bwd_workgroup+0xaf6>
