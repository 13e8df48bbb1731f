    2b70:	vcvtneps2bf16 %zmm0,%ymm0
    2b76:	mov    0x28(%rsp),%rdx
    2b7b:	vmovdqa %ymm0,(%rdx,%rcx,1)
    2b80:	add    $0x20,%rcx
    2b84:	inc    %rax
    2b87:	je     3100 <_pocl_kernel_clact_fwd_workgroup+0xef0>
    2b8d:	vucomiss %xmm5,%xmm1
    2b91:	mov    0x40(%rsp),%rdx
    2b96:	prefetcht0 0x800(%rdx,%rcx,1)
    2b9e:	vpmovzxwd (%rdx,%rcx,1),%zmm0
    2ba5:	vpslld $0x10,%zmm0,%zmm0
    2bac:	jne    2bd0 <_pocl_kernel_clact_fwd_workgroup+0x9c0>
    2bae:	jp     2bd0 <_pocl_kernel_clact_fwd_workgroup+0x9c0>
    2bb0:	vmulps %zmm7,%zmm0,%zmm29
    2bb6:	vpxord %xmm30,%xmm30,%xmm30
    2bbc:	jmp    2c5e <_pocl_kernel_clact_fwd_workgroup+0xa4e>
    2bc1:	data16 data16 data16 data16 data16 cs nopw 0x0(%rax,%rax,1)
    2bd0:	vmulps 0x140(%rsp),%zmm0,%zmm4
    2bd8:	vmovaps 0x100(%rsp),%zmm15
    2be0:	vmaxps %zmm4,%zmm15,%zmm29
    2be6:	vminps %zmm29,%zmm16,%zmm29
    2bec:	vmovaps %zmm17,%zmm30
    2bf2:	vfmadd231ps %zmm18,%zmm29,%zmm30
    2bf8:	vpmaxsd %zmm19,%zmm30,%zmm28
    2bfe:	vsubps %zmm30,%zmm17,%zmm27
    2c04:	vfmadd132ps %zmm20,%zmm29,%zmm27
    2c0a:	vmovaps %zmm21,%zmm29
    2c10:	vfmadd213ps %zmm22,%zmm27,%zmm29
    2c16:	vfmadd213ps %zmm23,%zmm27,%zmm29
    2c1c:	vfmadd213ps %zmm24,%zmm27,%zmm29
    2c22:	vpslld $0x17,%zmm28,%zmm27
    2c29:	vmulps %zmm27,%zmm29,%zmm27
    2c2f:	vaddps %zmm25,%zmm27,%zmm29
    2c35:	vdivps %zmm29,%zmm25,%zmm29
    2c3b:	vpsubd %zmm28,%zmm30,%zmm30
    2c41:	vmulps %zmm29,%zmm27,%zmm27
    2c47:	vmulps %zmm0,%zmm27,%zmm29
    2c4d:	vcmpeqps %zmm26,%zmm4,%k1
    2c54:	vandps 0x23d2(%rip){1to16},%zmm0,%zmm29{%k1}        # 5030 <_pocl_kernel_clact_fwd_workgroup_fast+0x1be0>
    2c5e:	vpslld $0x17,%zmm30,%zmm0
    2c65:	vpaddd %zmm8,%zmm0,%zmm4
    2c6b:	vpminsd %zmm9,%zmm0,%zmm0
    2c71:	vpmaxsd %zmm10,%zmm4,%zmm4
    2c77:	vpaddd %zmm11,%zmm0,%zmm0
    2c7d:	vmulps %zmm29,%zmm3,%zmm27
    2c83:	vmulps %zmm4,%zmm27,%zmm4
    2c89:	vmulps %zmm0,%zmm4,%zmm0
    2c8f:	vfpclassps $0x20,%zmm0,%k0
    2c96:	kortestw %k0,%k0
    2c9a:	je     2b70 <_pocl_kernel_clact_fwd_workgroup+0x960>
