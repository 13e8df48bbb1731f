    1b70: mov    0x40(%rsp),%rcx
    1b75: prefetcht0 0x800(%rcx,%rdx,1)
    1b7d: vmovaps (%rcx,%rdx,1),%zmm26
    1b84: vmulps %zmm26,%zmm0,%zmm27
    1b8a: vorps  0x44b8(%rip){1to16},%zmm27,%zmm5        # 604c <_pocl_kernel_clact_fwd_workgroup_fast+0x23fc>
    1b94: vandps 0x44b2(%rip){1to16},%zmm27,%zmm28        # 6050 <_pocl_kernel_clact_fwd_workgroup_fast+0x2400>
    1b9e: vandpd 0x44e0(%rip){1to8},%zmm26,%zmm30        # 6088 <_pocl_kernel_clact_fwd_workgroup_fast+0x2438>
    1ba8: vfmsub213ps %zmm28,%zmm0,%zmm30
    1bae: vcmpltps %zmm1,%zmm5,%k1
    1bb5: vmaxps %zmm5,%zmm1,%zmm5
    1bbb: vbroadcastss 0x448f(%rip),%zmm28        # 6054 <_pocl_kernel_clact_fwd_workgroup_fast+0x2404>
    1bc5: vfmadd213ps %zmm4,%zmm5,%zmm28
    1bcb: vsubps %zmm28,%zmm4,%zmm31
    1bd1: vfmadd231ps 0x447d(%rip){1to16},%zmm31,%zmm5        # 6058 <_pocl_kernel_clact_fwd_workgroup_fast+0x2408>
    1bdb: vfmadd231ps 0x4477(%rip){1to16},%zmm31,%zmm5        # 605c <_pocl_kernel_clact_fwd_workgroup_fast+0x240c>
    1be5: vsubps %zmm30,%zmm5,%zmm5
    1beb: vbroadcastss 0x446b(%rip),%zmm30        # 6060 <_pocl_kernel_clact_fwd_workgroup_fast+0x2410>
    1bf5: vfmadd213ps 0x4465(%rip){1to16},%zmm5,%zmm30        # 6064 <_pocl_kernel_clact_fwd_workgroup_fast+0x2414>
    1bff: vfmadd213ps 0x445f(%rip){1to16},%zmm5,%zmm30        # 6068 <_pocl_kernel_clact_fwd_workgroup_fast+0x2418>
    1c09: vfmadd213ps 0x4459(%rip){1to16},%zmm5,%zmm30        # 606c <_pocl_kernel_clact_fwd_workgroup_fast+0x241c>
    1c13: vfmadd213ps 0x4453(%rip){1to16},%zmm5,%zmm30        # 6070 <_pocl_kernel_clact_fwd_workgroup_fast+0x2420>
    1c1d: vfmadd213ps 0x444d(%rip){1to16},%zmm5,%zmm30        # 6074 <_pocl_kernel_clact_fwd_workgroup_fast+0x2424>
    1c27: vmulps %zmm5,%zmm5,%zmm31
    1c2d: vfmadd213ps %zmm5,%zmm31,%zmm30
    1c33: vbroadcastss 0x443b(%rip),%zmm30{%k1}        # 6078 <_pocl_kernel_clact_fwd_workgroup_fast+0x2428>
    1c3d: vpmaxsd %zmm28,%zmm29,%zmm5
    1c43: vpslld $0x17,%zmm5,%zmm25
    1c4a: vmovdqa64 %zmm25,%zmm31
    1c50: vfmadd213ps %zmm25,%zmm30,%zmm31
    1c56: vbroadcastss 0x441c(%rip),%zmm10        # 607c <_pocl_kernel_clact_fwd_workgroup_fast+0x242c>
    1c60: vfmadd231ps %zmm6,%zmm31,%zmm10
    1c66: vmovaps %zmm10,%zmm23
    1c6c: vfmadd213ps %zmm12,%zmm11,%zmm23
    1c72: vfmadd213ps %zmm13,%zmm10,%zmm23
    1c78: vfmadd213ps %zmm14,%zmm10,%zmm23
    1c7e: vfmadd213ps %zmm15,%zmm10,%zmm23
    1c84: vfmadd213ps %zmm16,%zmm10,%zmm23
    1c8a: vfmadd213ps %zmm17,%zmm10,%zmm23
    1c90: vfmadd213ps %zmm18,%zmm10,%zmm23
    1c96: vfmadd213ps %zmm19,%zmm10,%zmm23
    1c9c: vfmadd213ps %zmm20,%zmm10,%zmm23
    1ca2: vmovaps %zmm7,%zmm10
    1ca8: vfmadd213ps %zmm7,%zmm30,%zmm10
    1cae: vsubps %zmm10,%zmm7,%zmm3
    1cb4: vfmadd231ps %zmm7,%zmm30,%zmm3
    1cba: vfmadd213ps %zmm31,%zmm30,%zmm31
    1cc0: vfmadd231ps %zmm21,%zmm10,%zmm3
    1cc6: vfmadd231ps %zmm31,%zmm23,%zmm3
    1ccc: vcmpltps %zmm27,%zmm24,%k1
    1cd3: vmulps %zmm26,%zmm8,%zmm23{%k1}{z}
    1cd9: vfmadd231ps %zmm3,%zmm25,%zmm23
    1cdf: vfmadd231ps %zmm10,%zmm25,%zmm23
    1ce5: vpsubd %zmm5,%zmm28,%zmm3
    1ceb: vpaddd %zmm3,%zmm9,%zmm3
    1cf1: vmovdqa32 %zmm9,%zmm3{%k1}
    1cf7: vmulps %zmm23,%zmm2,%zmm5
    1cfd: vpmaxsd 0x4379(%rip){1to16},%zmm3,%zmm10        # 6080 <_pocl_kernel_clact_fwd_workgroup_fast+0x2430>
    1d07: vpslld $0x17,%zmm10,%zmm23
    1d0e: vpbroadcastd 0x42f8(%rip),%zmm25        # 6010 <_pocl_kernel_clact_fwd_workgroup_fast+0x23c0>
    1d18: vpaddd %zmm25,%zmm23,%zmm23
    1d1e: vmulps %zmm23,%zmm5,%zmm5
    1d24: vpsubd %zmm10,%zmm3,%zmm3
    1d2a: vpslld $0x17,%zmm3,%zmm3
    1d31: vpaddd %zmm25,%zmm3,%zmm3
    1d37: vmulps %zmm3,%zmm5,%zmm3
    1d3d: mov    0x28(%rsp),%rcx
    1d42: vmovaps %zmm3,(%rcx,%rdx,1)
    1d49: add    $0x40,%rdx
    1d4d: inc    %rax
    1d50: jne    1b70 <_pocl_kernel_clact_fwd+0xb70>
