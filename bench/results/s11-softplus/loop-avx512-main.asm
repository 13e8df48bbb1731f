    1a50:	mov    0x48(%rsp),%rdx
    1a55:	prefetcht0 0x800(%rdx,%rcx,1)
    1a5d:	vmovaps (%rdx,%rcx,1),%zmm29
    1a64:	vmulps %zmm29,%zmm1,%zmm30
    1a6a:	vorps  %zmm19,%zmm30,%zmm0
    1a70:	vandps %zmm20,%zmm30,%zmm31
    1a76:	vandps %zmm21,%zmm29,%zmm18
    1a7c:	vfmsub213ps %zmm31,%zmm1,%zmm18
    1a82:	vcmpltps %zmm22,%zmm0,%k1
    1a89:	vmaxps %zmm0,%zmm22,%zmm0
    1a8f:	vmovaps %zmm23,%zmm31
    1a95:	vfmadd231ps %zmm24,%zmm0,%zmm31
    1a9b:	vsubps %zmm31,%zmm23,%zmm16
    1aa1:	vfmadd231ps %zmm25,%zmm16,%zmm0
    1aa7:	vfmadd231ps %zmm26,%zmm16,%zmm0
    1aad:	vsubps %zmm18,%zmm0,%zmm0
    1ab3:	vbroadcastss 0x4593(%rip),%zmm16        # 6050 <_pocl_kernel_clact_fwd_workgroup_fast+0x2500>
    1abd:	vfmadd213ps 0x458d(%rip){1to16},%zmm0,%zmm16        # 6054 <_pocl_kernel_clact_fwd_workgroup_fast+0x2504>
    1ac7:	vfmadd213ps 0x4587(%rip){1to16},%zmm0,%zmm16        # 6058 <_pocl_kernel_clact_fwd_workgroup_fast+0x2508>
    1ad1:	vfmadd213ps 0x4581(%rip){1to16},%zmm0,%zmm16        # 605c <_pocl_kernel_clact_fwd_workgroup_fast+0x250c>
    1adb:	vfmadd213ps 0x457b(%rip){1to16},%zmm0,%zmm16        # 6060 <_pocl_kernel_clact_fwd_workgroup_fast+0x2510>
    1ae5:	vfmadd213ps 0x4575(%rip){1to16},%zmm0,%zmm16        # 6064 <_pocl_kernel_clact_fwd_workgroup_fast+0x2514>
    1aef:	vmulps %zmm0,%zmm0,%zmm18
    1af5:	vfmadd213ps %zmm0,%zmm18,%zmm16
    1afb:	vbroadcastss 0x4563(%rip),%zmm16{%k1}        # 6068 <_pocl_kernel_clact_fwd_workgroup_fast+0x2518>
    1b05:	vpmaxsd 0x455d(%rip){1to16},%zmm31,%zmm0        # 606c <_pocl_kernel_clact_fwd_workgroup_fast+0x251c>
    1b0f:	vpslld $0x17,%zmm0,%zmm27
    1b16:	vmovdqa64 %zmm27,%zmm18
    1b1c:	vfmadd213ps %zmm27,%zmm16,%zmm18
    1b22:	vaddps 0x4544(%rip){1to16},%zmm18,%zmm17        # 6070 <_pocl_kernel_clact_fwd_workgroup_fast+0x2520>
    1b2c:	vmovaps %zmm17,%zmm3
    1b32:	vfmadd132ps 0x100(%rsp),%zmm4,%zmm3
    1b3a:	vfmadd213ps %zmm5,%zmm17,%zmm3
    1b40:	vfmadd213ps %zmm6,%zmm17,%zmm3
    1b46:	vfmadd213ps %zmm7,%zmm17,%zmm3
    1b4c:	vfmadd213ps %zmm8,%zmm17,%zmm3
    1b52:	vfmadd213ps %zmm9,%zmm17,%zmm3
    1b58:	vfmadd213ps %zmm10,%zmm17,%zmm3
    1b5e:	vfmadd213ps %zmm11,%zmm17,%zmm3
    1b64:	vfmadd213ps %zmm12,%zmm17,%zmm3
    1b6a:	vmovaps %zmm13,%zmm17
    1b70:	vfmadd213ps %zmm13,%zmm16,%zmm17
    1b76:	vsubps %zmm17,%zmm13,%zmm28
    1b7c:	vfmadd231ps %zmm13,%zmm16,%zmm28
    1b82:	vfmadd213ps %zmm18,%zmm16,%zmm18
    1b88:	vfmadd213ps %zmm28,%zmm3,%zmm18
    1b8e:	vaddps %zmm18,%zmm17,%zmm3
    1b94:	vsubps %zmm17,%zmm3,%zmm16
    1b9a:	vsubps %zmm16,%zmm18,%zmm16
    1ba0:	vmulps %zmm27,%zmm3,%zmm3
    1ba6:	vmulps %zmm3,%zmm14,%zmm17
    1bac:	vfmadd231ps %zmm15,%zmm17,%zmm3
    1bb2:	vfmadd231ps %zmm16,%zmm27,%zmm3
    1bb8:	vcmpgtps 0x453d(%rip),%zmm30,%k1        # 6100 <_pocl_kernel_clact_fwd_workgroup_fast+0x25b0>
    1bc3:	vmulps %zmm3,%zmm14,%zmm3
    1bc9:	vmovaps %zmm29,%zmm16{%k1}{z}
    1bcf:	vaddps %zmm3,%zmm16,%zmm3
    1bd5:	vaddps %zmm17,%zmm16,%zmm16
    1bdb:	vaddps %zmm3,%zmm17,%zmm3
    1be1:	vcmpeqps 0x4488(%rip){1to16},%zmm16,%k2        # 6074 <_pocl_kernel_clact_fwd_workgroup_fast+0x2524>
    1bec:	vmovaps %zmm16,%zmm3{%k2}
    1bf2:	vpsubd %zmm0,%zmm31,%zmm0
    1bf8:	knotw  %k1,%k1
    1bfc:	vmovdqa32 %zmm0,%zmm0{%k1}{z}
    1c02:	vmulps %zmm3,%zmm2,%zmm3
    1c08:	vpmaxsd 0x4466(%rip){1to16},%zmm0,%zmm16        # 6078 <_pocl_kernel_clact_fwd_workgroup_fast+0x2528>
    1c12:	vpslld $0x17,%zmm16,%zmm17
    1c19:	vpbroadcastd 0x43e1(%rip),%zmm18        # 6004 <_pocl_kernel_clact_fwd_workgroup_fast+0x24b4>
    1c23:	vpaddd %zmm18,%zmm17,%zmm17
    1c29:	vmulps %zmm17,%zmm3,%zmm3
    1c2f:	vpsubd %zmm16,%zmm0,%zmm0
    1c35:	vpslld $0x17,%zmm0,%zmm0
    1c3c:	vpaddd %zmm18,%zmm0,%zmm0
    1c42:	vmulps %zmm0,%zmm3,%zmm0
    1c48:	mov    0x38(%rsp),%rdx
    1c4d:	vmovaps %zmm0,(%rdx,%rcx,1)
    1c54:	add    $0x40,%rcx
    1c58:	inc    %rax
    1c5b:	jne    1a50 <_pocl_kernel_clact_fwd+0xa50>
