// specs/text-classifier.model, batch 32: 98 shaders
// ==== train_step: 50 kernels
// ---- placed_add (elementwise, 2048 workgroups, train_step.000.placed_add.wgsl) from specs/text-classifier.model:24, specs/text-classifier.model:23
// placed_add: elementwise kernel (mdlc)
// from specs/text-classifier.model:24, specs/text-classifier.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = u32(clamp(bitcast<i32>(data[(i / 4096u) * 64u + ((i / 64u) % 64u)]), 0i, 1999i));
    let v1: f32 = params[v0 * 64u + (i % 64u)];
    let v2: u32 = ((i / 64u) % 64u) * 64u + (i % 64u);
    let v3: f32 = params[128000u + (v2 / 64u) * 64u + (v2 % 64u)];
    let v4: f32 = (v1 + v3);
    work[(i / 4096u) * 4096u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v4;
  }
}
// ---- encoded_attn_matmul (matmul, 128 workgroups, train_step.001.encoded_attn_matmul.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[132096u + k * 64u + n0];
      let v9: f32 = params[132096u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[132096u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[132096u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[136192u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131072u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[136192u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131072u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[136192u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131072u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[136192u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131072u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[136192u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131072u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[136192u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131072u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[136192u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131072u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[136192u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131072u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[136192u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131072u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[136192u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131072u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[136192u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131072u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[136192u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131072u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[136192u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131072u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[136192u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131072u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[136192u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131072u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[136192u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131072u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_1 (matmul, 128 workgroups, train_step.002.encoded_attn_matmul_1.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[136256u + k * 64u + n0];
      let v9: f32 = params[136256u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[136256u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[136256u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[140352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[262144u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[140352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[262144u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[140352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[262144u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[140352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[262144u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[140352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[262144u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[140352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[262144u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[140352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[262144u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[140352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[262144u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[140352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[262144u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[140352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[262144u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[140352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[262144u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[140352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[262144u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[140352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[262144u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[140352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[262144u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[140352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[262144u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[140352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[262144u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_2 (matmul, 128 workgroups, train_step.003.encoded_attn_matmul_2.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_2: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[140416u + k * 64u + n0];
      let v9: f32 = params[140416u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[140416u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[140416u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[144512u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[393216u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[144512u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[393216u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[144512u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[393216u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[144512u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[393216u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[144512u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[393216u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[144512u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[393216u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[144512u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[393216u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[144512u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[393216u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[144512u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[393216u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[144512u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[393216u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[144512u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[393216u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[144512u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[393216u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[144512u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[393216u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[144512u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[393216u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[144512u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[393216u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[144512u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[393216u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_3 (matmul, 256 workgroups, train_step.004.encoded_attn_matmul_3.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_3: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 4096u) * 4096u + ((v1 / 32u) % 64u) * 64u + ((v1 / 2048u) % 2u) * 32u + (v1 % 32u);
      let v3: f32 = work[131072u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 4096u) * 4096u + ((v4 / 32u) % 64u) * 64u + ((v4 / 2048u) % 2u) * 32u + (v4 % 32u);
      let v6: f32 = work[131072u + (v5 / 64u) * 64u + (v5 % 64u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 4096u) * 4096u + ((v7 / 32u) % 64u) * 64u + ((v7 / 2048u) % 2u) * 32u + (v7 % 32u);
      let v9: f32 = work[131072u + (v8 / 64u) * 64u + (v8 % 64u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 4096u) * 4096u + ((v10 / 32u) % 64u) * 64u + ((v10 / 2048u) % 2u) * 32u + (v10 % 32u);
      let v12: f32 = work[131072u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 4096u) * 4096u + ((v13 / 32u) % 64u) * 64u + ((v13 / 2048u) % 2u) * 32u + (v13 % 32u);
      let v15: f32 = work[262144u + (v14 / 64u) * 64u + (v14 % 64u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 4096u) * 4096u + ((v16 / 32u) % 64u) * 64u + ((v16 / 2048u) % 2u) * 32u + (v16 % 32u);
      let v18: f32 = work[262144u + (v17 / 64u) * 64u + (v17 % 64u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 4096u) * 4096u + ((v19 / 32u) % 64u) * 64u + ((v19 / 2048u) % 2u) * 32u + (v19 % 32u);
      let v21: f32 = work[262144u + (v20 / 64u) * 64u + (v20 % 64u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 4096u) * 4096u + ((v22 / 32u) % 64u) * 64u + ((v22 / 2048u) % 2u) * 32u + (v22 % 32u);
      let v24: f32 = work[262144u + (v23 / 64u) * 64u + (v23 % 64u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_softmax (reduce, 64 workgroups, train_step.005.encoded_attn_softmax.wgsl) from specs/text-classifier.model:16
// encoded_attn_softmax: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 4096u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      acc0 = max(acc0, v2);
    }
    var acc3: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v6: f32 = (v5 - acc0);
      let v7: f32 = exp(v6);
      acc3 += v7;
    }
    work[1048576u + (r / 64u) * 64u + (r % 64u)] = acc3;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v8: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v9: f32 = (v8 - acc0);
      let v10: f32 = exp(v9);
      work[786432u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v10;
      let v11: f32 = (v10 / acc3);
      work[1052672u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v11;
    }
  }
}
// ---- encoded_attn_matmul_4 (matmul, 128 workgroups, train_step.006.encoded_attn_matmul_4.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_4: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1052672u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[1052672u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[1052672u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[1052672u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[393216u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[393216u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[393216u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[393216u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_matmul_5 (matmul, 128 workgroups, train_step.007.encoded_attn_matmul_5.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_5: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[524288u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[524288u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[524288u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[524288u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[144576u + k * 64u + n0];
      let v13: f32 = params[144576u + k * 64u + min(n0 + 1u, 63u)];
      let v14: f32 = params[144576u + k * 64u + min(n0 + 2u, 63u)];
      let v15: f32 = params[144576u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[655360u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[655360u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[655360u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[655360u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_h_norm (reduce, 32 workgroups, train_step.008.encoded_h_norm.wgsl) from specs/text-classifier.model:17, specs/text-classifier.model:16
// encoded_h_norm: reduce kernel (mdlc)
// from specs/text-classifier.model:17, specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[148672u + v3];
      let v5: f32 = (work[655360u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[148672u + v10];
      let v12: f32 = (work[655360u + (v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.015625f);
    let v18: f32 = (v17 + 9.999999974752427e-7f);
    let v19: f32 = sqrt(v18);
    work[1445888u + (r / 64u) * 64u + (r % 64u)] = v19;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v20: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v21: u32 = (v20 % 64u);
      let v22: f32 = params[148672u + v21];
      let v23: f32 = (work[655360u + (v20 / 64u) * 64u + (v20 % 64u)] + v22);
      let v24: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v23);
      let v25: f32 = (acc0 * 0.015625f);
      let v26: f32 = (v24 - v25);
      work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[1447936u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v27;
      let v28: f32 = params[148736u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[148800u + j];
      let v31: f32 = (v29 + v30);
      work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v31;
    }
  }
}
// ---- encoded_f_matmul (matmul, 256 workgroups, train_step.009.encoded_f_matmul.wgsl) from specs/text-classifier.model:18
// encoded_f_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[1579008u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[1579008u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[1579008u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[1579008u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[148864u + k * 128u + n0];
      let v9: f32 = params[148864u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[148864u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[148864u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[1710080u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_f_relu (elementwise, 4096 workgroups, train_step.010.encoded_f_relu.wgsl) from specs/text-classifier.model:18
// encoded_f_relu: elementwise kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 262144u; i += stride) {
    let v0: u32 = (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[157056u + v1];
    let v3: f32 = (work[1710080u + (v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = max(v3, 0.0f);
    work[1972224u + (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u)] = v4;
  }
}
// ---- encoded_g_matmul (matmul, 128 workgroups, train_step.011.encoded_g_matmul.wgsl) from specs/text-classifier.model:19
// encoded_g_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[1972224u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[1972224u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[1972224u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[1972224u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[157184u + k * 64u + n0];
      let v9: f32 = params[157184u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[157184u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[157184u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[655360u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[655360u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[655360u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[655360u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[655360u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[655360u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_output_norm (reduce, 32 workgroups, train_step.012.encoded_output_norm.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
// encoded_output_norm: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[165376u + v3];
      let v5: f32 = (work[655360u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[165376u + v10];
      let v12: f32 = (work[655360u + (v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    let v17: f32 = (acc7 * 0.015625f);
    let v18: f32 = (v17 + 9.999999974752427e-7f);
    let v19: f32 = sqrt(v18);
    work[1841152u + (r / 64u) * 64u + (r % 64u)] = v19;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v20: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v21: u32 = (v20 % 64u);
      let v22: f32 = params[165376u + v21];
      let v23: f32 = (work[655360u + (v20 / 64u) * 64u + (v20 % 64u)] + v22);
      let v24: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v23);
      let v25: f32 = (acc0 * 0.015625f);
      let v26: f32 = (v24 - v25);
      work[1710080u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v26;
      let v27: f32 = (v26 / v19);
      work[2234368u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v27;
    }
  }
}
// ---- pooled_sum (reduce, 32 workgroups, train_step.013.pooled_sum.wgsl) from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
// pooled_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r % 64u);
      let v3: f32 = params[165440u + v2];
      let v4: f32 = (work[2234368u + (r / 64u) * 4096u + j * 64u + (r % 64u)] * v3);
      let v5: u32 = (r % 64u);
      let v6: f32 = params[165504u + v5];
      let v7: f32 = (v4 + v6);
      acc0 += v7;
    }
    let v8: f32 = (acc0 * 0.015625f);
    work[655360u + (r / 64u) * 64u + (r % 64u)] = v8;
  }
}
// ---- logit_matmul (matmul, 1 workgroups, train_step.014.logit_matmul.wgsl) from specs/text-classifier.model:27, specs/text-classifier.model:26
// logit_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:27, specs/text-classifier.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8u; t += stride) {
    let rem = t % 8u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 1u;
    var acc_0_0: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[655360u + (v0 / 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 31u) * 64u + k;
      let v3: f32 = work[655360u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 31u) * 64u + k;
      let v5: f32 = work[655360u + (v4 / 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 31u) * 64u + k;
      let v7: f32 = work[655360u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[165568u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_3_0 = fma(v7, v8, acc_3_0);
    }
    if (m0 + 0u < 32u && n0 + 0u < 1u) {
      work[657408u + m0] = acc_0_0;
    }
    if (m0 + 1u < 32u && n0 + 0u < 1u) {
      work[657408u + (m0 + 1u)] = acc_1_0;
    }
    if (m0 + 2u < 32u && n0 + 0u < 1u) {
      work[657408u + (m0 + 2u)] = acc_2_0;
    }
    if (m0 + 3u < 32u && n0 + 0u < 1u) {
      work[657408u + (m0 + 3u)] = acc_3_0;
    }
  }
}
// ---- loss_sum (elementwise, 1 workgroups, train_step.015.loss_sum.wgsl) from 
// loss_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        s0_acc0 += data[2080u + j];
      }
      work[657572u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v2: f32 = params[165632u];
        let s1_v3: f32 = (work[657408u + j] + s1_v2);
        let s1_v4: f32 = select(0.0f, 1.0f, 0.0f < s1_v3);
        let s1_v5: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v6: f32 = select(0.0f, 1.0f, s1_v4 == s1_v5);
        let s1_v7: f32 = data[2080u + j];
        let s1_v8: f32 = (s1_v6 * s1_v7);
        s1_acc0 += s1_v8;
      }
      var s1_acc9: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v11: f32 = params[165632u];
        let s1_v12: f32 = (work[657408u + j] + s1_v11);
        let s1_v13: f32 = select(0.0f, 1.0f, 0.0f < s1_v12);
        let s1_v14: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v15: f32 = (s1_v13 * s1_v14);
        let s1_v16: f32 = data[2080u + j];
        let s1_v17: f32 = (s1_v15 * s1_v16);
        s1_acc9 += s1_v17;
      }
      var s1_acc18: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v20: f32 = params[165632u];
        let s1_v21: f32 = (work[657408u + j] + s1_v20);
        let s1_v22: f32 = select(0.0f, 1.0f, 0.0f < s1_v21);
        let s1_v23: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v24: f32 = (1.0f - s1_v23);
        let s1_v25: f32 = (s1_v22 * s1_v24);
        let s1_v26: f32 = data[2080u + j];
        let s1_v27: f32 = (s1_v25 * s1_v26);
        s1_acc18 += s1_v27;
      }
      var s1_acc28: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v30: f32 = params[165632u];
        let s1_v31: f32 = (work[657408u + j] + s1_v30);
        let s1_v32: f32 = select(0.0f, 1.0f, 0.0f < s1_v31);
        let s1_v33: f32 = (1.0f - s1_v32);
        let s1_v34: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v35: f32 = (s1_v33 * s1_v34);
        let s1_v36: f32 = data[2080u + j];
        let s1_v37: f32 = (s1_v35 * s1_v36);
        s1_acc28 += s1_v37;
      }
      work[657580u] = s1_acc0;
      work[657584u] = s1_acc9;
      work[657588u] = s1_acc18;
      work[657592u] = s1_acc28;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v38: f32 = params[165632u];
        let s1_v39: f32 = (work[657408u + j] + s1_v38);
        work[657440u + j] = s1_v39;
        let s1_v40: f32 = abs(s1_v39);
        let s1_v41: f32 = (-s1_v40);
        let s1_v42: f32 = exp(s1_v41);
        work[657472u + j] = s1_v42;
        let s1_v43: f32 = (1.0f + s1_v42);
        work[657504u + j] = s1_v43;
        let s1_v44: f32 = max(s1_v39, 0.0f);
        work[657536u + j] = s1_v44;
      }
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s2_v2: f32 = (work[657440u + j] * data[2048u + j]);
        let s2_v3: f32 = (work[657536u + j] - s2_v2);
        let s2_v4: f32 = log(work[657504u + j]);
        let s2_v5: f32 = (s2_v3 + s2_v4);
        let s2_v6: f32 = (s2_v5 * data[2080u + j]);
        s2_acc0 += s2_v6;
      }
      work[657568u] = s2_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[657572u];
      let s3_v1: f32 = (state[8u] + s3_v0);
      state[8u] = s3_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[657568u];
      let s4_v1: f32 = work[657572u];
      let s4_v2: f32 = max(s4_v1, 9.999999960041972e-13f);
      let s4_v3: f32 = (s4_v0 / s4_v2);
      work[657576u] = s4_v3;
      let s4_v4: f32 = (s4_v3 * s4_v1);
      let s4_v5: f32 = (state[4u] + s4_v4);
      state[4u] = s4_v5;
      let s4_v6: f32 = abs(s4_v3);
      let s4_v7: f32 = select(0.0f, 1.0f, s4_v6 <= 3.0000000054977558e+38f);
      let s4_v8: f32 = (1.0f - s4_v7);
      let s4_v9: f32 = (state[12u] + s4_v8);
      state[12u] = s4_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[657580u];
      let s5_v1: f32 = (state[16u] + s5_v0);
      state[16u] = s5_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s6_v0: f32 = work[657572u];
      let s6_v1: f32 = (state[20u] + s6_v0);
      state[20u] = s6_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s7_v0: f32 = work[657584u];
      let s7_v1: f32 = (state[24u] + s7_v0);
      state[24u] = s7_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s8_v0: f32 = work[657588u];
      let s8_v1: f32 = (state[28u] + s8_v0);
      state[28u] = s8_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s9_v0: f32 = work[657592u];
      let s9_v1: f32 = (state[32u] + s9_v0);
      state[32u] = s9_v1;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s10_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s10_v2: f32 = work[657572u];
        let s10_v3: f32 = max(s10_v2, 9.999999960041972e-13f);
        let s10_v4: f32 = (1.0f / s10_v3);
        let s10_v5: f32 = (s10_v4 * data[2080u + j]);
        let s10_v6: f32 = (-s10_v5);
        let s10_v7: f32 = (s10_v6 * data[2048u + j]);
        let s10_v8: f32 = select(0.0f, 1.0f, 0.0f < work[657536u + j]);
        let s10_v9: f32 = (s10_v5 * s10_v8);
        let s10_v10: f32 = (s10_v7 + s10_v9);
        let s10_v11: f32 = (s10_v5 / work[657504u + j]);
        let s10_v12: f32 = (s10_v11 * work[657472u + j]);
        let s10_v13: f32 = (-s10_v12);
        let s10_v14: f32 = sign(work[657440u + j]);
        let s10_v15: f32 = (s10_v13 * s10_v14);
        let s10_v16: f32 = (s10_v10 + s10_v15);
        s10_acc0 += s10_v16;
      }
      work[657628u] = s10_acc0;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s10_v17: f32 = work[657572u];
        let s10_v18: f32 = max(s10_v17, 9.999999960041972e-13f);
        let s10_v19: f32 = (1.0f / s10_v18);
        let s10_v20: f32 = (s10_v19 * data[2080u + j]);
        let s10_v21: f32 = (-s10_v20);
        let s10_v22: f32 = (s10_v21 * data[2048u + j]);
        let s10_v23: f32 = select(0.0f, 1.0f, 0.0f < work[657536u + j]);
        let s10_v24: f32 = (s10_v20 * s10_v23);
        let s10_v25: f32 = (s10_v22 + s10_v24);
        let s10_v26: f32 = (s10_v20 / work[657504u + j]);
        let s10_v27: f32 = (s10_v26 * work[657472u + j]);
        let s10_v28: f32 = (-s10_v27);
        let s10_v29: f32 = sign(work[657440u + j]);
        let s10_v30: f32 = (s10_v28 * s10_v29);
        let s10_v31: f32 = (s10_v25 + s10_v30);
        work[657596u + j] = s10_v31;
      }
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ---- logit_grad_matmul (matmul, 2 workgroups, train_step.016.logit_grad_matmul.wgsl) from specs/text-classifier.model:27
// logit_grad_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:27
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 128u; t += stride) {
    let rem = t % 128u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 1u + opaque; k++) {
      let v0: f32 = work[657596u + m0];
      let v1: f32 = work[657596u + min(m0 + 1u, 31u)];
      let v2: f32 = work[657596u + min(m0 + 2u, 31u)];
      let v3: f32 = work[657596u + min(m0 + 3u, 31u)];
      let v4: f32 = params[165568u + n0];
      let v5: f32 = params[165568u + min(n0 + 1u, 63u)];
      let v6: f32 = params[165568u + min(n0 + 2u, 63u)];
      let v7: f32 = params[165568u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v0, v4, acc_0_0);
      acc_0_1 = fma(v0, v5, acc_0_1);
      acc_0_2 = fma(v0, v6, acc_0_2);
      acc_0_3 = fma(v0, v7, acc_0_3);
      acc_1_0 = fma(v1, v4, acc_1_0);
      acc_1_1 = fma(v1, v5, acc_1_1);
      acc_1_2 = fma(v1, v6, acc_1_2);
      acc_1_3 = fma(v1, v7, acc_1_3);
      acc_2_0 = fma(v2, v4, acc_2_0);
      acc_2_1 = fma(v2, v5, acc_2_1);
      acc_2_2 = fma(v2, v6, acc_2_2);
      acc_2_3 = fma(v2, v7, acc_2_3);
      acc_3_0 = fma(v3, v4, acc_3_0);
      acc_3_1 = fma(v3, v5, acc_3_1);
      acc_3_2 = fma(v3, v6, acc_3_2);
      acc_3_3 = fma(v3, v7, acc_3_3);
    }
    if (m0 + 0u < 32u && n0 + 0u < 64u) {
      work[657632u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 32u && n0 + 1u < 64u) {
      work[657632u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 32u && n0 + 2u < 64u) {
      work[657632u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 32u && n0 + 3u < 64u) {
      work[657632u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 32u && n0 + 0u < 64u) {
      work[657632u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 32u && n0 + 1u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 32u && n0 + 2u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 32u && n0 + 3u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 32u && n0 + 0u < 64u) {
      work[657632u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 32u && n0 + 1u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 32u && n0 + 2u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 32u && n0 + 3u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 32u && n0 + 0u < 64u) {
      work[657632u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 32u && n0 + 1u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 32u && n0 + 2u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 32u && n0 + 3u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- logit_grad_matmul_1 (matmul, 1 workgroups, train_step.017.logit_grad_matmul_1.wgsl) from specs/text-classifier.model:27, specs/text-classifier.model:26
// logit_grad_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:27, specs/text-classifier.model:26
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16u; t += stride) {
    let rem = t % 16u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 1u;
    var acc_0_0: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: f32 = work[655360u + (v0 / 64u) * 64u + (v0 % 64u)];
      let v2: u32 = k * 64u + min(m0 + 1u, 63u);
      let v3: f32 = work[655360u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = k * 64u + min(m0 + 2u, 63u);
      let v5: f32 = work[655360u + (v4 / 64u) * 64u + (v4 % 64u)];
      let v6: u32 = k * 64u + min(m0 + 3u, 63u);
      let v7: f32 = work[655360u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: f32 = work[657596u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_3_0 = fma(v7, v8, acc_3_0);
    }
    if (m0 + 0u < 64u && n0 + 0u < 1u) {
      work[657408u + m0] = acc_0_0;
    }
    if (m0 + 1u < 64u && n0 + 0u < 1u) {
      work[657408u + (m0 + 1u)] = acc_1_0;
    }
    if (m0 + 2u < 64u && n0 + 0u < 1u) {
      work[657408u + (m0 + 2u)] = acc_2_0;
    }
    if (m0 + 3u < 64u && n0 + 0u < 1u) {
      work[657408u + (m0 + 3u)] = acc_3_0;
    }
  }
}
// ---- encoded_output_grad_sum (reduce, 1 workgroups, train_step.018.encoded_output_grad_sum.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17
// encoded_output_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 64u + r;
      let v3: f32 = work[657632u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: f32 = (v3 * 0.015625f);
      acc0 += v4;
    }
    work[655360u + r] = acc0;
  }
}
// ---- encoded_output_grad_sum_1 (reduce, 1 workgroups, train_step.019.encoded_output_grad_sum_1.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17
// encoded_output_grad_sum_1: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 64u + r;
      let v3: f32 = work[657632u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: f32 = (v3 * 0.015625f);
      let v5: f32 = (v4 * work[2234368u + (j / 64u) * 4096u + (j % 64u) * 64u + r]);
      acc0 += v5;
    }
    work[655424u + r] = acc0;
  }
}
// ---- encoded_output_add_grad_sum (reduce, 32 workgroups, train_step.020.encoded_output_add_grad_sum.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17, specs/text-classifier.model:30
// encoded_output_add_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:26, specs/text-classifier.model:17, specs/text-classifier.model:30
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 64u + j;
      let v3: f32 = work[657632u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: f32 = (v3 * 0.015625f);
      let v5: f32 = params[165440u + j];
      let v6: f32 = (v4 * v5);
      let v7: f32 = (v6 * work[2234368u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v8: f32 = (v7 / work[1841152u + (r / 64u) * 64u + (r % 64u)]);
      let v9: f32 = (-v8);
      acc0 += v9;
    }
    var acc10: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v12: u32 = (r / 64u) * 64u + j;
      let v13: f32 = work[657632u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: f32 = (v13 * 0.015625f);
      let v15: f32 = params[165440u + j];
      let v16: f32 = (v14 * v15);
      let v17: f32 = (v16 / work[1841152u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (acc0 * 0.5f);
      let v19: f32 = (v18 / work[1841152u + (r / 64u) * 64u + (r % 64u)]);
      let v20: f32 = (v19 * 0.015625f);
      let v21: f32 = (v20 * work[1710080u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v22: f32 = (v17 + v21);
      let v23: f32 = (v22 + v21);
      let v24: f32 = (-v23);
      acc10 += v24;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v25: u32 = (r / 64u) * 64u + j;
      let v26: f32 = work[657632u + (v25 / 64u) * 64u + (v25 % 64u)];
      let v27: f32 = (v26 * 0.015625f);
      let v28: f32 = params[165440u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = (v29 / work[1841152u + (r / 64u) * 64u + (r % 64u)]);
      let v31: f32 = (acc0 * 0.5f);
      let v32: f32 = (v31 / work[1841152u + (r / 64u) * 64u + (r % 64u)]);
      let v33: f32 = (v32 * 0.015625f);
      let v34: f32 = (v33 * work[1710080u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v35: f32 = (v30 + v34);
      let v36: f32 = (v35 + v34);
      let v37: f32 = (acc10 * 0.015625f);
      let v38: f32 = (v36 + v37);
      work[2365440u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v38;
    }
  }
}
// ---- encoded_g_grad_sum (reduce, 1 workgroups, train_step.021.encoded_g_grad_sum.wgsl) from specs/text-classifier.model:19
// encoded_g_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: f32 = work[2365440u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      acc0 += v3;
    }
    work[655488u + r] = acc0;
  }
}
// ---- encoded_g_grad_matmul (matmul, 256 workgroups, train_step.022.encoded_g_grad_matmul.wgsl) from specs/text-classifier.model:19
// encoded_g_grad_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[2365440u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[2365440u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[2365440u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[2365440u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[157184u + n0 * 64u + k];
      let v9: f32 = params[157184u + min(n0 + 1u, 127u) * 64u + k];
      let v10: f32 = params[157184u + min(n0 + 2u, 127u) * 64u + k];
      let v11: f32 = params[157184u + min(n0 + 3u, 127u) * 64u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[1710080u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[1710080u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[1710080u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_g_grad_matmul_1 (matmul, 8 workgroups, train_step.023.encoded_g_grad_matmul_1.wgsl) from specs/text-classifier.model:19
// encoded_g_grad_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 128u + m0;
      let v1: f32 = work[1972224u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = k * 128u + min(m0 + 1u, 127u);
      let v3: f32 = work[1972224u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = k * 128u + min(m0 + 2u, 127u);
      let v5: f32 = work[1972224u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = k * 128u + min(m0 + 3u, 127u);
      let v7: f32 = work[1972224u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: u32 = k * 64u + n0;
      let v9: f32 = work[2365440u + (v8 / 4096u) * 4096u + ((v8 / 64u) % 64u) * 64u + (v8 % 64u)];
      let v10: u32 = k * 64u + min(n0 + 1u, 63u);
      let v11: f32 = work[2365440u + (v10 / 4096u) * 4096u + ((v10 / 64u) % 64u) * 64u + (v10 % 64u)];
      let v12: u32 = k * 64u + min(n0 + 2u, 63u);
      let v13: f32 = work[2365440u + (v12 / 4096u) * 4096u + ((v12 / 64u) % 64u) * 64u + (v12 % 64u)];
      let v14: u32 = k * 64u + min(n0 + 3u, 63u);
      let v15: f32 = work[2365440u + (v14 / 4096u) * 4096u + ((v14 / 64u) % 64u) * 64u + (v14 % 64u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 128u && n0 + 0u < 64u) {
      work[657632u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 128u && n0 + 1u < 64u) {
      work[657632u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 128u && n0 + 2u < 64u) {
      work[657632u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 128u && n0 + 3u < 64u) {
      work[657632u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 128u && n0 + 0u < 64u) {
      work[657632u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 128u && n0 + 1u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 128u && n0 + 2u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 128u && n0 + 3u < 64u) {
      work[657632u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 128u && n0 + 0u < 64u) {
      work[657632u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 128u && n0 + 1u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 128u && n0 + 2u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 128u && n0 + 3u < 64u) {
      work[657632u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 128u && n0 + 0u < 64u) {
      work[657632u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 128u && n0 + 1u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 128u && n0 + 2u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 128u && n0 + 3u < 64u) {
      work[657632u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_f_grad_mul (elementwise, 4096 workgroups, train_step.024.encoded_f_grad_mul.wgsl) from specs/text-classifier.model:18, specs/text-classifier.model:30, specs/text-classifier.model:19
// encoded_f_grad_mul: elementwise kernel (mdlc)
// from specs/text-classifier.model:18, specs/text-classifier.model:30, specs/text-classifier.model:19
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 262144u; i += stride) {
    let v0: u32 = (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u);
    let v1: f32 = work[1710080u + (v0 / 128u) * 128u + (v0 % 128u)];
    let v2: f32 = select(0.0f, 1.0f, 0.0f < work[1972224u + (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u)]);
    let v3: f32 = (v1 * v2);
    work[2496512u + (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u)] = v3;
  }
}
// ---- encoded_f_grad_sum (reduce, 2 workgroups, train_step.025.encoded_f_grad_sum.wgsl) from specs/text-classifier.model:18
// encoded_f_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 128u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 128u + r;
      let v3: f32 = work[2496512u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      acc0 += v3;
    }
    work[655552u + r] = acc0;
  }
}
// ---- encoded_f_grad_matmul (matmul, 128 workgroups, train_step.026.encoded_f_grad_matmul.wgsl) from specs/text-classifier.model:18
// encoded_f_grad_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[2496512u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[2496512u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[2496512u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[2496512u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[148864u + n0 * 128u + k];
      let v9: f32 = params[148864u + min(n0 + 1u, 63u) * 128u + k];
      let v10: f32 = params[148864u + min(n0 + 2u, 63u) * 128u + k];
      let v11: f32 = params[148864u + min(n0 + 3u, 63u) * 128u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[1710080u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[1710080u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[1710080u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[1710080u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[1710080u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[1710080u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[1710080u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[1710080u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[1710080u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[1710080u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[1710080u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[1710080u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[1710080u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[1710080u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[1710080u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[1710080u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_f_grad_matmul_1 (matmul, 8 workgroups, train_step.027.encoded_f_grad_matmul_1.wgsl) from specs/text-classifier.model:18
// encoded_f_grad_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 512u; t += stride) {
    let rem = t % 512u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: f32 = work[1579008u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = k * 64u + min(m0 + 1u, 63u);
      let v3: f32 = work[1579008u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = k * 64u + min(m0 + 2u, 63u);
      let v5: f32 = work[1579008u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = k * 64u + min(m0 + 3u, 63u);
      let v7: f32 = work[1579008u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: u32 = k * 128u + n0;
      let v9: f32 = work[2496512u + (v8 / 8192u) * 8192u + ((v8 / 128u) % 64u) * 128u + (v8 % 128u)];
      let v10: u32 = k * 128u + min(n0 + 1u, 127u);
      let v11: f32 = work[2496512u + (v10 / 8192u) * 8192u + ((v10 / 128u) % 64u) * 128u + (v10 % 128u)];
      let v12: u32 = k * 128u + min(n0 + 2u, 127u);
      let v13: f32 = work[2496512u + (v12 / 8192u) * 8192u + ((v12 / 128u) % 64u) * 128u + (v12 % 128u)];
      let v14: u32 = k * 128u + min(n0 + 3u, 127u);
      let v15: f32 = work[2496512u + (v14 / 8192u) * 8192u + ((v14 / 128u) % 64u) * 128u + (v14 % 128u)];
      acc_0_0 = fma(v1, v9, acc_0_0);
      acc_0_1 = fma(v1, v11, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v15, acc_0_3);
      acc_1_0 = fma(v3, v9, acc_1_0);
      acc_1_1 = fma(v3, v11, acc_1_1);
      acc_1_2 = fma(v3, v13, acc_1_2);
      acc_1_3 = fma(v3, v15, acc_1_3);
      acc_2_0 = fma(v5, v9, acc_2_0);
      acc_2_1 = fma(v5, v11, acc_2_1);
      acc_2_2 = fma(v5, v13, acc_2_2);
      acc_2_3 = fma(v5, v15, acc_2_3);
      acc_3_0 = fma(v7, v9, acc_3_0);
      acc_3_1 = fma(v7, v11, acc_3_1);
      acc_3_2 = fma(v7, v13, acc_3_2);
      acc_3_3 = fma(v7, v15, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 128u) {
      work[665824u + m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 128u) {
      work[665824u + m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 128u) {
      work[665824u + m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 128u) {
      work[665824u + m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 128u) {
      work[665824u + (m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 128u) {
      work[665824u + (m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 128u) {
      work[665824u + (m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 128u) {
      work[665824u + (m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 128u) {
      work[665824u + (m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 128u) {
      work[665824u + (m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 128u) {
      work[665824u + (m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 128u) {
      work[665824u + (m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 128u) {
      work[665824u + (m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 128u) {
      work[665824u + (m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 128u) {
      work[665824u + (m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 128u) {
      work[665824u + (m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_h_grad_sum (reduce, 1 workgroups, train_step.028.encoded_h_grad_sum.wgsl) from specs/text-classifier.model:17, specs/text-classifier.model:18
// encoded_h_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:17, specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = (j / 64u) * 4096u + (j % 64u) * 64u + r;
      let v3: f32 = work[1710080u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: f32 = (work[2365440u + (j / 64u) * 4096u + (j % 64u) * 64u + r] + v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v7: u32 = (j / 64u) * 4096u + (j % 64u) * 64u + r;
      let v8: f32 = work[1710080u + (v7 / 64u) * 64u + (v7 % 64u)];
      let v9: f32 = (work[2365440u + (j / 64u) * 4096u + (j % 64u) * 64u + r] + v8);
      let v10: f32 = (v9 * work[1447936u + (j / 64u) * 4096u + (j % 64u) * 64u + r]);
      acc5 += v10;
    }
    work[655680u + r] = acc0;
    work[655744u + r] = acc5;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v11: u32 = (j / 64u) * 4096u + (j % 64u) * 64u + r;
      let v12: f32 = work[1710080u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: f32 = (work[2365440u + (j / 64u) * 4096u + (j % 64u) * 64u + r] + v12);
      let v14: f32 = params[148736u + r];
      let v15: f32 = (v13 * v14);
      work[1579008u + (j / 64u) * 4096u + (j % 64u) * 64u + r] = v15;
    }
  }
}
// ---- encoded_h_add_grad_sum (reduce, 32 workgroups, train_step.029.encoded_h_add_grad_sum.wgsl) from specs/text-classifier.model:17, specs/text-classifier.model:30
// encoded_h_add_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:17, specs/text-classifier.model:30
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * work[1447936u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v3: f32 = (v2 / work[1445888u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    var acc5: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v7: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] / work[1445888u + (r / 64u) * 64u + (r % 64u)]);
      let v8: f32 = (acc0 * 0.5f);
      let v9: f32 = (v8 / work[1445888u + (r / 64u) * 64u + (r % 64u)]);
      let v10: f32 = (v9 * 0.015625f);
      let v11: f32 = (v10 * work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v12: f32 = (v7 + v11);
      let v13: f32 = (v12 + v11);
      let v14: f32 = (-v13);
      acc5 += v14;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v15: f32 = (work[1579008u + (r / 64u) * 4096u + (r % 64u) * 64u + j] / work[1445888u + (r / 64u) * 64u + (r % 64u)]);
      let v16: f32 = (acc0 * 0.5f);
      let v17: f32 = (v16 / work[1445888u + (r / 64u) * 64u + (r % 64u)]);
      let v18: f32 = (v17 * 0.015625f);
      let v19: f32 = (v18 * work[1314816u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v20: f32 = (v15 + v19);
      let v21: f32 = (v20 + v19);
      let v22: f32 = (acc5 * 0.015625f);
      let v23: f32 = (v21 + v22);
      work[1710080u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v23;
    }
  }
}
// ---- encoded_attn_grad_sum (reduce, 1 workgroups, train_step.030.encoded_attn_grad_sum.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: f32 = work[1710080u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      acc0 += v3;
    }
    work[655808u + r] = acc0;
  }
}
// ---- encoded_attn_grad_matmul (matmul, 128 workgroups, train_step.031.encoded_attn_grad_matmul.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[1710080u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[1710080u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[1710080u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[1710080u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[144576u + n0 * 64u + k];
      let v9: f32 = params[144576u + min(n0 + 1u, 63u) * 64u + k];
      let v10: f32 = params[144576u + min(n0 + 2u, 63u) * 64u + k];
      let v11: f32 = params[144576u + min(n0 + 3u, 63u) * 64u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[1314816u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[1314816u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[1314816u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[1314816u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[1314816u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[1314816u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[1314816u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[1314816u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[1314816u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[1314816u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[1314816u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[1314816u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[1314816u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[1314816u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[1314816u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[1314816u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_1 (matmul, 4 workgroups, train_step.032.encoded_attn_grad_matmul_1.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[524288u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = k * 64u + min(m0 + 1u, 63u);
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[524288u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = k * 64u + min(m0 + 2u, 63u);
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[524288u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = k * 64u + min(m0 + 3u, 63u);
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[524288u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: u32 = k * 64u + n0;
      let v13: f32 = work[1710080u + (v12 / 4096u) * 4096u + ((v12 / 64u) % 64u) * 64u + (v12 % 64u)];
      let v14: u32 = k * 64u + min(n0 + 1u, 63u);
      let v15: f32 = work[1710080u + (v14 / 4096u) * 4096u + ((v14 / 64u) % 64u) * 64u + (v14 % 64u)];
      let v16: u32 = k * 64u + min(n0 + 2u, 63u);
      let v17: f32 = work[1710080u + (v16 / 4096u) * 4096u + ((v16 / 64u) % 64u) * 64u + (v16 % 64u)];
      let v18: u32 = k * 64u + min(n0 + 3u, 63u);
      let v19: f32 = work[1710080u + (v18 / 4096u) * 4096u + ((v18 / 64u) % 64u) * 64u + (v18 % 64u)];
      acc_0_0 = fma(v2, v13, acc_0_0);
      acc_0_1 = fma(v2, v15, acc_0_1);
      acc_0_2 = fma(v2, v17, acc_0_2);
      acc_0_3 = fma(v2, v19, acc_0_3);
      acc_1_0 = fma(v5, v13, acc_1_0);
      acc_1_1 = fma(v5, v15, acc_1_1);
      acc_1_2 = fma(v5, v17, acc_1_2);
      acc_1_3 = fma(v5, v19, acc_1_3);
      acc_2_0 = fma(v8, v13, acc_2_0);
      acc_2_1 = fma(v8, v15, acc_2_1);
      acc_2_2 = fma(v8, v17, acc_2_2);
      acc_2_3 = fma(v8, v19, acc_2_3);
      acc_3_0 = fma(v11, v13, acc_3_0);
      acc_3_1 = fma(v11, v15, acc_3_1);
      acc_3_2 = fma(v11, v17, acc_3_2);
      acc_3_3 = fma(v11, v19, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[674016u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[674016u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[674016u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[674016u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[674016u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[674016u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[674016u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[674016u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[674016u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[674016u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[674016u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[674016u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[674016u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[674016u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[674016u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[674016u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_2 (matmul, 256 workgroups, train_step.033.encoded_attn_grad_matmul_2.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_2: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 4096u) * 4096u + ((v1 / 32u) % 64u) * 64u + ((v1 / 2048u) % 2u) * 32u + (v1 % 32u);
      let v3: f32 = work[1314816u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 4096u) * 4096u + ((v4 / 32u) % 64u) * 64u + ((v4 / 2048u) % 2u) * 32u + (v4 % 32u);
      let v6: f32 = work[1314816u + (v5 / 64u) * 64u + (v5 % 64u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 4096u) * 4096u + ((v7 / 32u) % 64u) * 64u + ((v7 / 2048u) % 2u) * 32u + (v7 % 32u);
      let v9: f32 = work[1314816u + (v8 / 64u) * 64u + (v8 % 64u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 4096u) * 4096u + ((v10 / 32u) % 64u) * 64u + ((v10 / 2048u) % 2u) * 32u + (v10 % 32u);
      let v12: f32 = work[1314816u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 4096u) * 4096u + ((v13 / 32u) % 64u) * 64u + ((v13 / 2048u) % 2u) * 32u + (v13 % 32u);
      let v15: f32 = work[393216u + (v14 / 64u) * 64u + (v14 % 64u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 4096u) * 4096u + ((v16 / 32u) % 64u) * 64u + ((v16 / 2048u) % 2u) * 32u + (v16 % 32u);
      let v18: f32 = work[393216u + (v17 / 64u) * 64u + (v17 % 64u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 4096u) * 4096u + ((v19 / 32u) % 64u) * 64u + ((v19 / 2048u) % 2u) * 32u + (v19 % 32u);
      let v21: f32 = work[393216u + (v20 / 64u) * 64u + (v20 % 64u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 4096u) * 4096u + ((v22 / 32u) % 64u) * 64u + ((v22 / 2048u) % 2u) * 32u + (v22 % 32u);
      let v24: f32 = work[393216u + (v23 / 64u) * 64u + (v23 % 64u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[1445888u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[1445888u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[1445888u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[1445888u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[1445888u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_3 (matmul, 128 workgroups, train_step.034.encoded_attn_grad_matmul_3.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_3: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1052672u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[1052672u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[1052672u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[1052672u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[1314816u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[1314816u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[1314816u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[1314816u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[393216u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[393216u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[393216u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[393216u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[393216u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_sum_1 (reduce, 64 workgroups, train_step.035.encoded_attn_grad_sum_1.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_sum_1: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 4096u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[1445888u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * work[1052672u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v3: f32 = (v2 / work[1048576u + (r / 64u) * 64u + (r % 64u)]);
      let v4: f32 = (-v3);
      acc0 += v4;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[1445888u + (r / 64u) * 4096u + (r % 64u) * 64u + j] / work[1048576u + (r / 64u) * 64u + (r % 64u)]);
      let v6: f32 = (v5 + acc0);
      let v7: f32 = (v6 * work[786432u + (r / 64u) * 4096u + (r % 64u) * 64u + j]);
      let v8: f32 = (v7 * 0.1767766922712326f);
      work[1841152u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v8;
    }
  }
}
// ---- encoded_attn_grad_matmul_4 (matmul, 128 workgroups, train_step.036.encoded_attn_grad_matmul_4.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_4: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1841152u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[1841152u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[1841152u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[1841152u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[262144u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[262144u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[262144u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[262144u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_5 (matmul, 128 workgroups, train_step.037.encoded_attn_grad_matmul_5.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_5: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[1841152u + v0 * 4096u + k * 64u + m0];
      let v2: f32 = work[1841152u + v0 * 4096u + k * 64u + min(m0 + 1u, 63u)];
      let v3: f32 = work[1841152u + v0 * 4096u + k * 64u + min(m0 + 2u, 63u)];
      let v4: f32 = work[1841152u + v0 * 4096u + k * 64u + min(m0 + 3u, 63u)];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[131072u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[131072u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[131072u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[131072u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[262144u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[262144u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[262144u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[262144u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[262144u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_sum_2 (reduce, 1 workgroups, train_step.038.encoded_attn_grad_sum_2.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_sum_2: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: u32 = (v2 / 4096u) * 4096u + ((v2 / 32u) % 2u) * 2048u + ((v2 / 64u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[393216u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[131072u + r] = acc0;
  }
}
// ---- encoded_attn_grad_matmul_6 (matmul, 128 workgroups, train_step.039.encoded_attn_grad_matmul_6.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_6: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[393216u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[393216u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[393216u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[393216u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[140416u + n0 * 64u + k];
      let v13: f32 = params[140416u + min(n0 + 1u, 63u) * 64u + k];
      let v14: f32 = params[140416u + min(n0 + 2u, 63u) * 64u + k];
      let v15: f32 = params[140416u + min(n0 + 3u, 63u) * 64u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[678112u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[678112u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[678112u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[678112u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[678112u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[678112u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[678112u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[678112u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[678112u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[678112u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[678112u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[678112u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[678112u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[678112u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[678112u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[678112u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_7 (matmul, 4 workgroups, train_step.040.encoded_attn_grad_matmul_7.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_7: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = k * 64u + min(m0 + 1u, 63u);
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = k * 64u + min(m0 + 2u, 63u);
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = k * 64u + min(m0 + 3u, 63u);
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: u32 = k * 64u + n0;
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 2u) * 2048u + ((v8 / 64u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[393216u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 64u + min(n0 + 1u, 63u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 2u) * 2048u + ((v11 / 64u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[393216u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 64u + min(n0 + 2u, 63u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 2u) * 2048u + ((v14 / 64u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[393216u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 64u + min(n0 + 3u, 63u);
      let v18: u32 = (v17 / 4096u) * 4096u + ((v17 / 32u) % 2u) * 2048u + ((v17 / 64u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[393216u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[131136u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[131136u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[131136u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[131136u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[131136u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[131136u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[131136u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[131136u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[131136u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[131136u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[131136u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[131136u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[131136u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[131136u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[131136u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[131136u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_sum_3 (reduce, 1 workgroups, train_step.041.encoded_attn_grad_sum_3.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_sum_3: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: u32 = (v2 / 4096u) * 4096u + ((v2 / 32u) % 2u) * 2048u + ((v2 / 64u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[262144u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[135232u + r] = acc0;
  }
}
// ---- encoded_attn_grad_matmul_8 (matmul, 128 workgroups, train_step.042.encoded_attn_grad_matmul_8.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_8: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[262144u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[262144u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[262144u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[262144u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[136256u + n0 * 64u + k];
      let v13: f32 = params[136256u + min(n0 + 1u, 63u) * 64u + k];
      let v14: f32 = params[136256u + min(n0 + 2u, 63u) * 64u + k];
      let v15: f32 = params[136256u + min(n0 + 3u, 63u) * 64u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[393216u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[393216u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[393216u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[393216u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[393216u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[393216u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[393216u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[393216u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[393216u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[393216u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[393216u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[393216u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[393216u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[393216u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[393216u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[393216u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_9 (matmul, 4 workgroups, train_step.043.encoded_attn_grad_matmul_9.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_9: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = k * 64u + min(m0 + 1u, 63u);
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = k * 64u + min(m0 + 2u, 63u);
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = k * 64u + min(m0 + 3u, 63u);
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: u32 = k * 64u + n0;
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 2u) * 2048u + ((v8 / 64u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[262144u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 64u + min(n0 + 1u, 63u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 2u) * 2048u + ((v11 / 64u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[262144u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 64u + min(n0 + 2u, 63u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 2u) * 2048u + ((v14 / 64u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[262144u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 64u + min(n0 + 3u, 63u);
      let v18: u32 = (v17 / 4096u) * 4096u + ((v17 / 32u) % 2u) * 2048u + ((v17 / 64u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[262144u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[135296u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[135296u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[135296u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[135296u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[135296u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[135296u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[135296u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[135296u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[135296u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[135296u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[135296u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[135296u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[135296u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[135296u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[135296u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[135296u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_sum_4 (reduce, 1 workgroups, train_step.044.encoded_attn_grad_sum_4.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_sum_4: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 64u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 2048u + opaque; j++) {
      let v2: u32 = j * 64u + r;
      let v3: u32 = (v2 / 4096u) * 4096u + ((v2 / 32u) % 2u) * 2048u + ((v2 / 64u) % 64u) * 32u + (v2 % 32u);
      let v4: f32 = work[524288u + (v3 / 2048u) * 2048u + ((v3 / 32u) % 64u) * 32u + (v3 % 32u)];
      acc0 += v4;
    }
    work[139392u + r] = acc0;
  }
}
// ---- encoded_attn_grad_matmul_10 (matmul, 128 workgroups, train_step.045.encoded_attn_grad_matmul_10.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_10: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[524288u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[524288u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[524288u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[524288u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[132096u + n0 * 64u + k];
      let v13: f32 = params[132096u + min(n0 + 1u, 63u) * 64u + k];
      let v14: f32 = params[132096u + min(n0 + 2u, 63u) * 64u + k];
      let v15: f32 = params[132096u + min(n0 + 3u, 63u) * 64u + k];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[139456u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[139456u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[139456u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[139456u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[139456u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[139456u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[139456u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[139456u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[139456u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[139456u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[139456u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[139456u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[139456u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[139456u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[139456u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[139456u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_grad_matmul_11 (matmul, 4 workgroups, train_step.046.encoded_attn_grad_matmul_11.wgsl) from specs/text-classifier.model:16
// encoded_attn_grad_matmul_11: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 256u; t += stride) {
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 2048u + opaque; k++) {
      let v0: u32 = k * 64u + m0;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = k * 64u + min(m0 + 1u, 63u);
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = k * 64u + min(m0 + 2u, 63u);
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = k * 64u + min(m0 + 3u, 63u);
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: u32 = k * 64u + n0;
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 2u) * 2048u + ((v8 / 64u) % 64u) * 32u + (v8 % 32u);
      let v10: f32 = work[524288u + (v9 / 2048u) * 2048u + ((v9 / 32u) % 64u) * 32u + (v9 % 32u)];
      let v11: u32 = k * 64u + min(n0 + 1u, 63u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 2u) * 2048u + ((v11 / 64u) % 64u) * 32u + (v11 % 32u);
      let v13: f32 = work[524288u + (v12 / 2048u) * 2048u + ((v12 / 32u) % 64u) * 32u + (v12 % 32u)];
      let v14: u32 = k * 64u + min(n0 + 2u, 63u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 2u) * 2048u + ((v14 / 64u) % 64u) * 32u + (v14 % 32u);
      let v16: f32 = work[524288u + (v15 / 2048u) * 2048u + ((v15 / 32u) % 64u) * 32u + (v15 % 32u)];
      let v17: u32 = k * 64u + min(n0 + 3u, 63u);
      let v18: u32 = (v17 / 4096u) * 4096u + ((v17 / 32u) % 2u) * 2048u + ((v17 / 64u) % 64u) * 32u + (v17 % 32u);
      let v19: f32 = work[524288u + (v18 / 2048u) * 2048u + ((v18 / 32u) % 64u) * 32u + (v18 % 32u)];
      acc_0_0 = fma(v1, v10, acc_0_0);
      acc_0_1 = fma(v1, v13, acc_0_1);
      acc_0_2 = fma(v1, v16, acc_0_2);
      acc_0_3 = fma(v1, v19, acc_0_3);
      acc_1_0 = fma(v3, v10, acc_1_0);
      acc_1_1 = fma(v3, v13, acc_1_1);
      acc_1_2 = fma(v3, v16, acc_1_2);
      acc_1_3 = fma(v3, v19, acc_1_3);
      acc_2_0 = fma(v5, v10, acc_2_0);
      acc_2_1 = fma(v5, v13, acc_2_1);
      acc_2_2 = fma(v5, v16, acc_2_2);
      acc_2_3 = fma(v5, v19, acc_2_3);
      acc_3_0 = fma(v7, v10, acc_3_0);
      acc_3_1 = fma(v7, v13, acc_3_1);
      acc_3_2 = fma(v7, v16, acc_3_2);
      acc_3_3 = fma(v7, v19, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[270528u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[270528u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[270528u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[270528u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[270528u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[270528u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[270528u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[270528u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[270528u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[270528u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[270528u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[270528u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[270528u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[270528u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[270528u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[270528u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- placed_grad_sum (reduce, 64 workgroups, train_step.047.placed_grad_sum.wgsl) from specs/text-classifier.model:24, specs/text-classifier.model:16
// placed_grad_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:24, specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 4096u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v2: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v3: f32 = work[678112u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: f32 = (work[1710080u + j * 4096u + (r / 64u) * 64u + (r % 64u)] + v3);
      let v5: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v6: f32 = work[393216u + (v5 / 64u) * 64u + (v5 % 64u)];
      let v7: f32 = (v4 + v6);
      let v8: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v9: f32 = work[139456u + (v8 / 64u) * 64u + (v8 % 64u)];
      let v10: f32 = (v7 + v9);
      acc0 += v10;
    }
    work[274624u + (r / 64u) * 64u + (r % 64u)] = acc0;
    for (var j = 0u; j < 32u + opaque; j++) {
      let v11: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v12: f32 = work[678112u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: f32 = (work[1710080u + j * 4096u + (r / 64u) * 64u + (r % 64u)] + v12);
      let v14: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v15: f32 = work[393216u + (v14 / 64u) * 64u + (v14 % 64u)];
      let v16: f32 = (v13 + v15);
      let v17: u32 = j * 4096u + (r / 64u) * 64u + (r % 64u);
      let v18: f32 = work[139456u + (v17 / 64u) * 64u + (v17 % 64u)];
      let v19: f32 = (v16 + v18);
      work[j * 4096u + (r / 64u) * 64u + (r % 64u)] = v19;
    }
  }
}
// ---- embedded_grad_scatter (scatter, 32 workgroups, train_step.048.embedded_grad_scatter.wgsl) from specs/text-classifier.model:23
// embedded_grad_scatter: scatter kernel (mdlc)
// from specs/text-classifier.model:23
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = (state[0u] + 1.0f);
      state[0u] = s0_v0;
    }
  }
  for (var v = gid.x; v < 2000u; v += stride) {
    for (var d = 0u; d < 64u; d++) {
      work[139456u + v * 64u + d] = 0.0f;
    }
    for (var i = 0u; i < 2048u; i++) {
      if (bitcast<i32>(data[(i / 64u) * 64u + (i % 64u)]) == i32(v)) {
        for (var d = 0u; d < 64u; d++) {
          work[139456u + v * 64u + d] = work[139456u + v * 64u + d] + work[(i / 64u) * 4096u + (i % 64u) * 64u + d];
        }
      }
    }
  }
}
// ---- optimizer_sub (elementwise, 2588 workgroups, train_step.049.optimizer_sub.wgsl) from specs/text-classifier.model:31, specs/text-classifier.model:30, specs/text-classifier.model:24, specs/text-classifier.model:16, specs/text-classifier.model:17, specs/text-classifier.model:18, specs/text-classifier.model:19, specs/text-classifier.model:20
// optimizer_sub: elementwise kernel (mdlc)
// from specs/text-classifier.model:31, specs/text-classifier.model:30, specs/text-classifier.model:24, specs/text-classifier.model:16, specs/text-classifier.model:17, specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> work: array<f32>;
var<private> base0: array<u32, 19> = array<u32, 19>(0u, 128000u, 132096u, 136192u, 136256u, 140352u, 140416u, 144512u, 144576u, 148672u, 148736u, 148800u, 148864u, 157056u, 157184u, 165376u, 165440u, 165504u, 165568u);
var<private> base1: array<u32, 19> = array<u32, 19>(139456u, 274624u, 270528u, 139392u, 135296u, 135232u, 131136u, 131072u, 674016u, 655808u, 655744u, 655680u, 665824u, 655552u, 657632u, 655488u, 655424u, 655360u, 657408u);
var<private> base2: array<u32, 19> = array<u32, 19>(68u, 256068u, 264260u, 272452u, 272580u, 280772u, 280900u, 289092u, 289220u, 297412u, 297540u, 297668u, 297796u, 314180u, 314436u, 330820u, 330948u, 331076u, 331204u);
var<private> base3: array<u32, 19> = array<u32, 19>(68u, 256068u, 264260u, 272452u, 272580u, 280772u, 280900u, 289092u, 289220u, 297412u, 297540u, 297668u, 297796u, 314180u, 314436u, 330820u, 330948u, 331076u, 331204u);
var<private> base4: array<u32, 19> = array<u32, 19>(128068u, 260164u, 268356u, 272516u, 276676u, 280836u, 284996u, 289156u, 293316u, 297476u, 297604u, 297732u, 305988u, 314308u, 322628u, 330884u, 331012u, 331140u, 331268u);
var<private> base5: array<u32, 19> = array<u32, 19>(128068u, 260164u, 268356u, 272516u, 276676u, 280836u, 284996u, 289156u, 293316u, 297476u, 297604u, 297732u, 305988u, 314308u, 322628u, 330884u, 331012u, 331140u, 331268u);
var<private> base6: array<u32, 19> = array<u32, 19>(0u, 128000u, 132096u, 136192u, 136256u, 140352u, 140416u, 144512u, 144576u, 148672u, 148736u, 148800u, 148864u, 157056u, 157184u, 165376u, 165440u, 165504u, 165568u);

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s0_v0: f32 = (state[331332u] * 0.8999999761581421f);
      let s0_v1: f32 = work[657628u];
      let s0_v2: f32 = (s0_v1 * 0.10000000149011612f);
      let s0_v3: f32 = (s0_v0 + s0_v2);
      state[331332u] = s0_v3;
      let s0_v4: f32 = (state[331336u] * 0.9990000128746033f);
      let s0_v5: f32 = (s0_v1 * s0_v1);
      let s0_v6: f32 = (s0_v5 * 0.0010000000474974513f);
      let s0_v7: f32 = (s0_v4 + s0_v6);
      state[331336u] = s0_v7;
      let s0_v8: f32 = (state[0u] * (-0.10536051541566849f));
      let s0_v9: f32 = abs(s0_v8);
      let s0_v10: f32 = select(0.0f, 1.0f, s0_v9 < 0.10000000149011612f);
      let s0_v11: f32 = exp(s0_v8);
      let s0_v12: f32 = (1.0f - s0_v11);
      let s0_v13: f32 = (0.008333333767950535f * s0_v8);
      let s0_v14: f32 = (s0_v13 + 0.0416666679084301f);
      let s0_v15: f32 = (s0_v14 * s0_v8);
      let s0_v16: f32 = (s0_v15 + 0.1666666716337204f);
      let s0_v17: f32 = (s0_v16 * s0_v8);
      let s0_v18: f32 = (s0_v17 + 0.5f);
      let s0_v19: f32 = (s0_v18 * s0_v8);
      let s0_v20: f32 = (s0_v19 + 1.0f);
      let s0_v21: f32 = (s0_v8 * s0_v20);
      let s0_v22: f32 = (-s0_v21);
      let s0_v23: f32 = select(s0_v12, s0_v22, s0_v10 != 0.0f);
      let s0_v24: f32 = (s0_v3 / s0_v23);
      let s0_v25: f32 = (state[0u] * (-0.0010005002841353416f));
      let s0_v26: f32 = abs(s0_v25);
      let s0_v27: f32 = select(0.0f, 1.0f, s0_v26 < 0.10000000149011612f);
      let s0_v28: f32 = exp(s0_v25);
      let s0_v29: f32 = (1.0f - s0_v28);
      let s0_v30: f32 = (0.008333333767950535f * s0_v25);
      let s0_v31: f32 = (s0_v30 + 0.0416666679084301f);
      let s0_v32: f32 = (s0_v31 * s0_v25);
      let s0_v33: f32 = (s0_v32 + 0.1666666716337204f);
      let s0_v34: f32 = (s0_v33 * s0_v25);
      let s0_v35: f32 = (s0_v34 + 0.5f);
      let s0_v36: f32 = (s0_v35 * s0_v25);
      let s0_v37: f32 = (s0_v36 + 1.0f);
      let s0_v38: f32 = (s0_v25 * s0_v37);
      let s0_v39: f32 = (-s0_v38);
      let s0_v40: f32 = select(s0_v29, s0_v39, s0_v27 != 0.0f);
      let s0_v41: f32 = (s0_v7 / s0_v40);
      let s0_v42: f32 = sqrt(s0_v41);
      let s0_v43: f32 = (s0_v42 + 1.0000000116860974e-7f);
      let s0_v44: f32 = (s0_v24 / s0_v43);
      let s0_v45: f32 = (0.0010000000474974513f * s0_v44);
      let s0_v46: f32 = (params[165632u] - s0_v45);
      params[165632u] = s0_v46;
    }
  }
  for (var i = gid.x; i < 165632u; i += stride) {
    var seg = 0u;
    if (i >= 128000u) { seg = 1u; }
    if (i >= 132096u) { seg = 2u; }
    if (i >= 136192u) { seg = 3u; }
    if (i >= 136256u) { seg = 4u; }
    if (i >= 140352u) { seg = 5u; }
    if (i >= 140416u) { seg = 6u; }
    if (i >= 144512u) { seg = 7u; }
    if (i >= 144576u) { seg = 8u; }
    if (i >= 148672u) { seg = 9u; }
    if (i >= 148736u) { seg = 10u; }
    if (i >= 148800u) { seg = 11u; }
    if (i >= 148864u) { seg = 12u; }
    if (i >= 157056u) { seg = 13u; }
    if (i >= 157184u) { seg = 14u; }
    if (i >= 165376u) { seg = 15u; }
    if (i >= 165440u) { seg = 16u; }
    if (i >= 165504u) { seg = 17u; }
    if (i >= 165568u) { seg = 18u; }
    var starts = array<u32, 19>(0u, 128000u, 132096u, 136192u, 136256u, 140352u, 140416u, 144512u, 144576u, 148672u, 148736u, 148800u, 148864u, 157056u, 157184u, 165376u, 165440u, 165504u, 165568u);
    let j = i - starts[seg];
    let v0: f32 = (state[base2[seg] + j] * 0.8999999761581421f);
    let v1: f32 = (work[base1[seg] + j] * 0.10000000149011612f);
    let v2: f32 = (v0 + v1);
    state[base3[seg] + j] = v2;
    let v3: f32 = (state[base4[seg] + j] * 0.9990000128746033f);
    let v4: f32 = (work[base1[seg] + j] * work[base1[seg] + j]);
    let v5: f32 = (v4 * 0.0010000000474974513f);
    let v6: f32 = (v3 + v5);
    state[base5[seg] + j] = v6;
    let v7: f32 = (state[0u] * (-0.10536051541566849f));
    let v8: f32 = abs(v7);
    let v9: f32 = select(0.0f, 1.0f, v8 < 0.10000000149011612f);
    let v10: f32 = (0.008333333767950535f * v7);
    let v11: f32 = (v10 + 0.0416666679084301f);
    let v12: f32 = (v11 * v7);
    let v13: f32 = (v12 + 0.1666666716337204f);
    let v14: f32 = (v13 * v7);
    let v15: f32 = (v14 + 0.5f);
    let v16: f32 = (v15 * v7);
    let v17: f32 = (v16 + 1.0f);
    let v18: f32 = (v7 * v17);
    let v19: f32 = (-v18);
    let v20: f32 = exp(v7);
    let v21: f32 = (1.0f - v20);
    let v22: f32 = select(v21, v19, v9 != 0.0f);
    let v23: f32 = (v2 / v22);
    let v24: f32 = (state[0u] * (-0.0010005002841353416f));
    let v25: f32 = abs(v24);
    let v26: f32 = select(0.0f, 1.0f, v25 < 0.10000000149011612f);
    let v27: f32 = (0.008333333767950535f * v24);
    let v28: f32 = (v27 + 0.0416666679084301f);
    let v29: f32 = (v28 * v24);
    let v30: f32 = (v29 + 0.1666666716337204f);
    let v31: f32 = (v30 * v24);
    let v32: f32 = (v31 + 0.5f);
    let v33: f32 = (v32 * v24);
    let v34: f32 = (v33 + 1.0f);
    let v35: f32 = (v24 * v34);
    let v36: f32 = (-v35);
    let v37: f32 = exp(v24);
    let v38: f32 = (1.0f - v37);
    let v39: f32 = select(v38, v36, v26 != 0.0f);
    let v40: f32 = (v6 / v39);
    let v41: f32 = sqrt(v40);
    let v42: f32 = (v41 + 1.0000000116860974e-7f);
    let v43: f32 = (v23 / v42);
    let v44: f32 = (0.0010000000474974513f * v43);
    let v45: f32 = (params[base0[seg] + j] - v44);
    params[base6[seg] + j] = v45;
  }
}
// ==== eval_step: 16 kernels
// ---- placed_add (elementwise, 2048 workgroups, eval_step.000.placed_add.wgsl) from specs/text-classifier.model:24, specs/text-classifier.model:23
// placed_add: elementwise kernel (mdlc)
// from specs/text-classifier.model:24, specs/text-classifier.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = u32(clamp(bitcast<i32>(data[(i / 4096u) * 64u + ((i / 64u) % 64u)]), 0i, 1999i));
    let v1: f32 = params[v0 * 64u + (i % 64u)];
    let v2: u32 = ((i / 64u) % 64u) * 64u + (i % 64u);
    let v3: f32 = params[128000u + (v2 / 64u) * 64u + (v2 % 64u)];
    let v4: f32 = (v1 + v3);
    work[(i / 4096u) * 4096u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v4;
  }
}
// ---- encoded_attn_matmul (matmul, 128 workgroups, eval_step.001.encoded_attn_matmul.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[132096u + k * 64u + n0];
      let v9: f32 = params[132096u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[132096u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[132096u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[136192u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131072u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[136192u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131072u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[136192u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131072u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[136192u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131072u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[136192u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131072u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[136192u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131072u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[136192u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131072u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[136192u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131072u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[136192u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131072u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[136192u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131072u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[136192u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131072u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[136192u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131072u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[136192u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131072u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[136192u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131072u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[136192u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131072u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[136192u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131072u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_1 (matmul, 128 workgroups, eval_step.002.encoded_attn_matmul_1.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[136256u + k * 64u + n0];
      let v9: f32 = params[136256u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[136256u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[136256u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[140352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[262144u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[140352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[262144u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[140352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[262144u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[140352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[262144u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[140352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[262144u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[140352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[262144u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[140352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[262144u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[140352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[262144u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[140352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[262144u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[140352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[262144u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[140352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[262144u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[140352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[262144u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[140352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[262144u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[140352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[262144u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[140352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[262144u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[140352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[262144u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_2 (matmul, 128 workgroups, eval_step.003.encoded_attn_matmul_2.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_2: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[140416u + k * 64u + n0];
      let v9: f32 = params[140416u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[140416u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[140416u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[144512u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[393216u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[144512u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[393216u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[144512u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[393216u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[144512u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[393216u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[144512u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[393216u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[144512u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[393216u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[144512u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[393216u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[144512u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[393216u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[144512u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[393216u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[144512u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[393216u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[144512u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[393216u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[144512u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[393216u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[144512u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[393216u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[144512u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[393216u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[144512u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[393216u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[144512u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[393216u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_3 (matmul, 256 workgroups, eval_step.004.encoded_attn_matmul_3.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_3: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 4096u) * 4096u + ((v1 / 32u) % 64u) * 64u + ((v1 / 2048u) % 2u) * 32u + (v1 % 32u);
      let v3: f32 = work[131072u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 4096u) * 4096u + ((v4 / 32u) % 64u) * 64u + ((v4 / 2048u) % 2u) * 32u + (v4 % 32u);
      let v6: f32 = work[131072u + (v5 / 64u) * 64u + (v5 % 64u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 4096u) * 4096u + ((v7 / 32u) % 64u) * 64u + ((v7 / 2048u) % 2u) * 32u + (v7 % 32u);
      let v9: f32 = work[131072u + (v8 / 64u) * 64u + (v8 % 64u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 4096u) * 4096u + ((v10 / 32u) % 64u) * 64u + ((v10 / 2048u) % 2u) * 32u + (v10 % 32u);
      let v12: f32 = work[131072u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 4096u) * 4096u + ((v13 / 32u) % 64u) * 64u + ((v13 / 2048u) % 2u) * 32u + (v13 % 32u);
      let v15: f32 = work[262144u + (v14 / 64u) * 64u + (v14 % 64u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 4096u) * 4096u + ((v16 / 32u) % 64u) * 64u + ((v16 / 2048u) % 2u) * 32u + (v16 % 32u);
      let v18: f32 = work[262144u + (v17 / 64u) * 64u + (v17 % 64u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 4096u) * 4096u + ((v19 / 32u) % 64u) * 64u + ((v19 / 2048u) % 2u) * 32u + (v19 % 32u);
      let v21: f32 = work[262144u + (v20 / 64u) * 64u + (v20 % 64u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 4096u) * 4096u + ((v22 / 32u) % 64u) * 64u + ((v22 / 2048u) % 2u) * 32u + (v22 % 32u);
      let v24: f32 = work[262144u + (v23 / 64u) * 64u + (v23 % 64u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_softmax (reduce, 64 workgroups, eval_step.005.encoded_attn_softmax.wgsl) from specs/text-classifier.model:16
// encoded_attn_softmax: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 4096u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      acc0 = max(acc0, v2);
    }
    var acc3: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v6: f32 = (v5 - acc0);
      let v7: f32 = exp(v6);
      acc3 += v7;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v8: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v9: f32 = (v8 - acc0);
      let v10: f32 = exp(v9);
      let v11: f32 = (v10 / acc3);
      work[131072u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v11;
    }
  }
}
// ---- encoded_attn_matmul_4 (matmul, 128 workgroups, eval_step.006.encoded_attn_matmul_4.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_4: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[131072u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[131072u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[131072u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[131072u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[393216u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[393216u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[393216u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[393216u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_matmul_5 (matmul, 128 workgroups, eval_step.007.encoded_attn_matmul_5.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_5: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[524288u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[524288u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[524288u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[524288u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[144576u + k * 64u + n0];
      let v13: f32 = params[144576u + k * 64u + min(n0 + 1u, 63u)];
      let v14: f32 = params[144576u + k * 64u + min(n0 + 2u, 63u)];
      let v15: f32 = params[144576u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[131072u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[131072u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[131072u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[131072u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_h_norm (reduce, 32 workgroups, eval_step.008.encoded_h_norm.wgsl) from specs/text-classifier.model:17, specs/text-classifier.model:16
// encoded_h_norm: reduce kernel (mdlc)
// from specs/text-classifier.model:17, specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[148672u + v3];
      let v5: f32 = (work[131072u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[148672u + v10];
      let v12: f32 = (work[131072u + (v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v17: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v18: u32 = (v17 % 64u);
      let v19: f32 = params[148672u + v18];
      let v20: f32 = (work[131072u + (v17 / 64u) * 64u + (v17 % 64u)] + v19);
      let v21: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v20);
      let v22: f32 = (acc0 * 0.015625f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.015625f);
      let v25: f32 = (v24 + 9.999999974752427e-7f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[148736u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[148800u + j];
      let v31: f32 = (v29 + v30);
      work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v31;
    }
  }
}
// ---- encoded_f_matmul (matmul, 256 workgroups, eval_step.009.encoded_f_matmul.wgsl) from specs/text-classifier.model:18
// encoded_f_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[262144u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[262144u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[262144u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[262144u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[148864u + k * 128u + n0];
      let v9: f32 = params[148864u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[148864u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[148864u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_f_relu (elementwise, 4096 workgroups, eval_step.010.encoded_f_relu.wgsl) from specs/text-classifier.model:18
// encoded_f_relu: elementwise kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 262144u; i += stride) {
    let v0: u32 = (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[157056u + v1];
    let v3: f32 = (work[(v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = max(v3, 0.0f);
    work[393216u + (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u)] = v4;
  }
}
// ---- encoded_g_matmul (matmul, 128 workgroups, eval_step.011.encoded_g_matmul.wgsl) from specs/text-classifier.model:19
// encoded_g_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[393216u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[393216u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[393216u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[393216u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[157184u + k * 64u + n0];
      let v9: f32 = params[157184u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[157184u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[157184u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_output_sum (reduce, 32 workgroups, eval_step.012.encoded_output_sum.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
// encoded_output_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[165376u + v3];
      let v5: f32 = (work[(v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[165376u + v10];
      let v12: f32 = (work[(v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    work[393216u + (r / 64u) * 64u + (r % 64u)] = acc7;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v17: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v18: u32 = (v17 % 64u);
      let v19: f32 = params[165376u + v18];
      let v20: f32 = (work[(v17 / 64u) * 64u + (v17 % 64u)] + v19);
      let v21: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v20);
      let v22: f32 = (acc0 * 0.015625f);
      let v23: f32 = (v21 - v22);
      work[131072u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v23;
    }
  }
}
// ---- pooled_sum (reduce, 32 workgroups, eval_step.013.pooled_sum.wgsl) from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
// pooled_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[393216u + (r / 64u) * 64u + j] * 0.015625f);
      let v3: f32 = (v2 + 9.999999974752427e-7f);
      let v4: f32 = sqrt(v3);
      let v5: f32 = (work[131072u + (r / 64u) * 4096u + j * 64u + (r % 64u)] / v4);
      let v6: u32 = (r % 64u);
      let v7: f32 = params[165440u + v6];
      let v8: f32 = (v5 * v7);
      let v9: u32 = (r % 64u);
      let v10: f32 = params[165504u + v9];
      let v11: f32 = (v8 + v10);
      acc0 += v11;
    }
    let v12: f32 = (acc0 * 0.015625f);
    work[(r / 64u) * 64u + (r % 64u)] = v12;
  }
}
// ---- logit_matmul (matmul, 1 workgroups, eval_step.014.logit_matmul.wgsl) from specs/text-classifier.model:27, specs/text-classifier.model:26
// logit_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:27, specs/text-classifier.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8u; t += stride) {
    let rem = t % 8u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 1u;
    var acc_0_0: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 31u) * 64u + k;
      let v3: f32 = work[(v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 31u) * 64u + k;
      let v5: f32 = work[(v4 / 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 31u) * 64u + k;
      let v7: f32 = work[(v6 / 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[165568u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_3_0 = fma(v7, v8, acc_3_0);
    }
    if (m0 + 0u < 32u && n0 + 0u < 1u) {
      work[2048u + m0] = acc_0_0;
    }
    if (m0 + 1u < 32u && n0 + 0u < 1u) {
      work[2048u + (m0 + 1u)] = acc_1_0;
    }
    if (m0 + 2u < 32u && n0 + 0u < 1u) {
      work[2048u + (m0 + 2u)] = acc_2_0;
    }
    if (m0 + 3u < 32u && n0 + 0u < 1u) {
      work[2048u + (m0 + 3u)] = acc_3_0;
    }
  }
}
// ---- loss_sum (elementwise, 1 workgroups, eval_step.015.loss_sum.wgsl) from 
// loss_sum: elementwise kernel (mdlc)
// from generated code
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(1) var<storage, read_write> state: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s0_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        s0_acc0 += data[2080u + j];
      }
      work[36u] = s0_acc0;
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s1_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v2: f32 = params[165632u];
        let s1_v3: f32 = (work[2048u + j] + s1_v2);
        let s1_v4: f32 = select(0.0f, 1.0f, 0.0f < s1_v3);
        let s1_v5: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v6: f32 = select(0.0f, 1.0f, s1_v4 == s1_v5);
        let s1_v7: f32 = data[2080u + j];
        let s1_v8: f32 = (s1_v6 * s1_v7);
        s1_acc0 += s1_v8;
      }
      var s1_acc9: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v11: f32 = params[165632u];
        let s1_v12: f32 = (work[2048u + j] + s1_v11);
        let s1_v13: f32 = select(0.0f, 1.0f, 0.0f < s1_v12);
        let s1_v14: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v15: f32 = (s1_v13 * s1_v14);
        let s1_v16: f32 = data[2080u + j];
        let s1_v17: f32 = (s1_v15 * s1_v16);
        s1_acc9 += s1_v17;
      }
      var s1_acc18: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v20: f32 = params[165632u];
        let s1_v21: f32 = (work[2048u + j] + s1_v20);
        let s1_v22: f32 = select(0.0f, 1.0f, 0.0f < s1_v21);
        let s1_v23: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v24: f32 = (1.0f - s1_v23);
        let s1_v25: f32 = (s1_v22 * s1_v24);
        let s1_v26: f32 = data[2080u + j];
        let s1_v27: f32 = (s1_v25 * s1_v26);
        s1_acc18 += s1_v27;
      }
      var s1_acc28: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v30: f32 = params[165632u];
        let s1_v31: f32 = (work[2048u + j] + s1_v30);
        let s1_v32: f32 = select(0.0f, 1.0f, 0.0f < s1_v31);
        let s1_v33: f32 = (1.0f - s1_v32);
        let s1_v34: f32 = select(0.0f, 1.0f, 0.5f < data[2048u + j]);
        let s1_v35: f32 = (s1_v33 * s1_v34);
        let s1_v36: f32 = data[2080u + j];
        let s1_v37: f32 = (s1_v35 * s1_v36);
        s1_acc28 += s1_v37;
      }
      work[44u] = s1_acc0;
      work[48u] = s1_acc9;
      work[52u] = s1_acc18;
      work[56u] = s1_acc28;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s1_v38: f32 = params[165632u];
        let s1_v39: f32 = (work[2048u + j] + s1_v38);
        work[j] = s1_v39;
      }
    }
  }
  {
    for (var r = gid.x; r < 1u; r += stride) {
      var s2_acc0: f32 = 0.0f;
      for (var j = 0u; j < 32u + opaque; j++) {
        let s2_v2: f32 = max(work[j], 0.0f);
        let s2_v3: f32 = (work[j] * data[2048u + j]);
        let s2_v4: f32 = (s2_v2 - s2_v3);
        let s2_v5: f32 = abs(work[j]);
        let s2_v6: f32 = (-s2_v5);
        let s2_v7: f32 = exp(s2_v6);
        let s2_v8: f32 = (1.0f + s2_v7);
        let s2_v9: f32 = log(s2_v8);
        let s2_v10: f32 = (s2_v4 + s2_v9);
        let s2_v11: f32 = (s2_v10 * data[2080u + j]);
        s2_acc0 += s2_v11;
      }
      work[32u] = s2_acc0;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s3_v0: f32 = work[36u];
      let s3_v1: f32 = (state[40u] + s3_v0);
      state[40u] = s3_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s4_v0: f32 = work[32u];
      let s4_v1: f32 = work[36u];
      let s4_v2: f32 = max(s4_v1, 9.999999960041972e-13f);
      let s4_v3: f32 = (s4_v0 / s4_v2);
      work[40u] = s4_v3;
      let s4_v4: f32 = (s4_v3 * s4_v1);
      let s4_v5: f32 = (state[36u] + s4_v4);
      state[36u] = s4_v5;
      let s4_v6: f32 = abs(s4_v3);
      let s4_v7: f32 = select(0.0f, 1.0f, s4_v6 <= 3.0000000054977558e+38f);
      let s4_v8: f32 = (1.0f - s4_v7);
      let s4_v9: f32 = (state[44u] + s4_v8);
      state[44u] = s4_v9;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s5_v0: f32 = work[44u];
      let s5_v1: f32 = (state[48u] + s5_v0);
      state[48u] = s5_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s6_v0: f32 = work[36u];
      let s6_v1: f32 = (state[52u] + s6_v0);
      state[52u] = s6_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s7_v0: f32 = work[48u];
      let s7_v1: f32 = (state[56u] + s7_v0);
      state[56u] = s7_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s8_v0: f32 = work[52u];
      let s8_v1: f32 = (state[60u] + s8_v0);
      state[60u] = s8_v1;
    }
  }
  {
    for (var i = gid.x; i < 1u; i += stride) {
      let s9_v0: f32 = work[56u];
      let s9_v1: f32 = (state[64u] + s9_v0);
      state[64u] = s9_v1;
    }
  }
  for (var i = gid.x; i < 1u; i += stride) {
  }
}
// ==== predict: 16 kernels
// ---- placed_add (elementwise, 2048 workgroups, predict.000.placed_add.wgsl) from specs/text-classifier.model:24, specs/text-classifier.model:23
// placed_add: elementwise kernel (mdlc)
// from specs/text-classifier.model:24, specs/text-classifier.model:23
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> data: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 131072u; i += stride) {
    let v0: u32 = u32(clamp(bitcast<i32>(data[(i / 4096u) * 64u + ((i / 64u) % 64u)]), 0i, 1999i));
    let v1: f32 = params[v0 * 64u + (i % 64u)];
    let v2: u32 = ((i / 64u) % 64u) * 64u + (i % 64u);
    let v3: f32 = params[128000u + (v2 / 64u) * 64u + (v2 % 64u)];
    let v4: f32 = (v1 + v3);
    work[(i / 4096u) * 4096u + ((i / 64u) % 64u) * 64u + (i % 64u)] = v4;
  }
}
// ---- encoded_attn_matmul (matmul, 128 workgroups, predict.001.encoded_attn_matmul.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[132096u + k * 64u + n0];
      let v9: f32 = params[132096u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[132096u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[132096u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[136192u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[131072u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[136192u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[131072u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[136192u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[131072u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[136192u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[131072u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[136192u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[131072u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[136192u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[131072u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[136192u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[131072u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[136192u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[131072u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[136192u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[131072u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[136192u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[131072u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[136192u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[131072u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[136192u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[131072u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[136192u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[131072u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[136192u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[131072u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[136192u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[131072u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[136192u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[131072u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_1 (matmul, 128 workgroups, predict.002.encoded_attn_matmul_1.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_1: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[136256u + k * 64u + n0];
      let v9: f32 = params[136256u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[136256u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[136256u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[140352u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[262144u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[140352u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[262144u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[140352u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[262144u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[140352u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[262144u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[140352u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[262144u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[140352u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[262144u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[140352u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[262144u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[140352u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[262144u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[140352u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[262144u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[140352u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[262144u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[140352u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[262144u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[140352u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[262144u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[140352u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[262144u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[140352u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[262144u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[140352u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[262144u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[140352u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[262144u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_2 (matmul, 128 workgroups, predict.003.encoded_attn_matmul_2.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_2: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[(v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[(v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[(v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[140416u + k * 64u + n0];
      let v9: f32 = params[140416u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[140416u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[140416u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      let v12: f32 = params[144512u + n0];
      let v13: f32 = (acc_0_0 + v12);
      work[393216u + m0 * 64u + n0] = v13;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      let v14: u32 = (n0 + 1u);
      let v15: f32 = params[144512u + v14];
      let v16: f32 = (acc_0_1 + v15);
      work[393216u + m0 * 64u + (n0 + 1u)] = v16;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      let v17: u32 = (n0 + 2u);
      let v18: f32 = params[144512u + v17];
      let v19: f32 = (acc_0_2 + v18);
      work[393216u + m0 * 64u + (n0 + 2u)] = v19;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      let v20: u32 = (n0 + 3u);
      let v21: f32 = params[144512u + v20];
      let v22: f32 = (acc_0_3 + v21);
      work[393216u + m0 * 64u + (n0 + 3u)] = v22;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      let v23: f32 = params[144512u + n0];
      let v24: f32 = (acc_1_0 + v23);
      work[393216u + (m0 + 1u) * 64u + n0] = v24;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      let v25: u32 = (n0 + 1u);
      let v26: f32 = params[144512u + v25];
      let v27: f32 = (acc_1_1 + v26);
      work[393216u + (m0 + 1u) * 64u + (n0 + 1u)] = v27;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      let v28: u32 = (n0 + 2u);
      let v29: f32 = params[144512u + v28];
      let v30: f32 = (acc_1_2 + v29);
      work[393216u + (m0 + 1u) * 64u + (n0 + 2u)] = v30;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      let v31: u32 = (n0 + 3u);
      let v32: f32 = params[144512u + v31];
      let v33: f32 = (acc_1_3 + v32);
      work[393216u + (m0 + 1u) * 64u + (n0 + 3u)] = v33;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      let v34: f32 = params[144512u + n0];
      let v35: f32 = (acc_2_0 + v34);
      work[393216u + (m0 + 2u) * 64u + n0] = v35;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      let v36: u32 = (n0 + 1u);
      let v37: f32 = params[144512u + v36];
      let v38: f32 = (acc_2_1 + v37);
      work[393216u + (m0 + 2u) * 64u + (n0 + 1u)] = v38;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      let v39: u32 = (n0 + 2u);
      let v40: f32 = params[144512u + v39];
      let v41: f32 = (acc_2_2 + v40);
      work[393216u + (m0 + 2u) * 64u + (n0 + 2u)] = v41;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      let v42: u32 = (n0 + 3u);
      let v43: f32 = params[144512u + v42];
      let v44: f32 = (acc_2_3 + v43);
      work[393216u + (m0 + 2u) * 64u + (n0 + 3u)] = v44;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      let v45: f32 = params[144512u + n0];
      let v46: f32 = (acc_3_0 + v45);
      work[393216u + (m0 + 3u) * 64u + n0] = v46;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      let v47: u32 = (n0 + 1u);
      let v48: f32 = params[144512u + v47];
      let v49: f32 = (acc_3_1 + v48);
      work[393216u + (m0 + 3u) * 64u + (n0 + 1u)] = v49;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      let v50: u32 = (n0 + 2u);
      let v51: f32 = params[144512u + v50];
      let v52: f32 = (acc_3_2 + v51);
      work[393216u + (m0 + 3u) * 64u + (n0 + 2u)] = v52;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      let v53: u32 = (n0 + 3u);
      let v54: f32 = params[144512u + v53];
      let v55: f32 = (acc_3_3 + v54);
      work[393216u + (m0 + 3u) * 64u + (n0 + 3u)] = v55;
    }
  }
}
// ---- encoded_attn_matmul_3 (matmul, 256 workgroups, predict.004.encoded_attn_matmul_3.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_3: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let v0: u32 = t / 256u;
    let rem = t % 256u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 32u + opaque; k++) {
      let v1: u32 = v0 * 2048u + m0 * 32u + k;
      let v2: u32 = (v1 / 4096u) * 4096u + ((v1 / 32u) % 64u) * 64u + ((v1 / 2048u) % 2u) * 32u + (v1 % 32u);
      let v3: f32 = work[131072u + (v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = v0 * 2048u + min(m0 + 1u, 63u) * 32u + k;
      let v5: u32 = (v4 / 4096u) * 4096u + ((v4 / 32u) % 64u) * 64u + ((v4 / 2048u) % 2u) * 32u + (v4 % 32u);
      let v6: f32 = work[131072u + (v5 / 64u) * 64u + (v5 % 64u)];
      let v7: u32 = v0 * 2048u + min(m0 + 2u, 63u) * 32u + k;
      let v8: u32 = (v7 / 4096u) * 4096u + ((v7 / 32u) % 64u) * 64u + ((v7 / 2048u) % 2u) * 32u + (v7 % 32u);
      let v9: f32 = work[131072u + (v8 / 64u) * 64u + (v8 % 64u)];
      let v10: u32 = v0 * 2048u + min(m0 + 3u, 63u) * 32u + k;
      let v11: u32 = (v10 / 4096u) * 4096u + ((v10 / 32u) % 64u) * 64u + ((v10 / 2048u) % 2u) * 32u + (v10 % 32u);
      let v12: f32 = work[131072u + (v11 / 64u) * 64u + (v11 % 64u)];
      let v13: u32 = v0 * 2048u + n0 * 32u + k;
      let v14: u32 = (v13 / 4096u) * 4096u + ((v13 / 32u) % 64u) * 64u + ((v13 / 2048u) % 2u) * 32u + (v13 % 32u);
      let v15: f32 = work[262144u + (v14 / 64u) * 64u + (v14 % 64u)];
      let v16: u32 = v0 * 2048u + min(n0 + 1u, 63u) * 32u + k;
      let v17: u32 = (v16 / 4096u) * 4096u + ((v16 / 32u) % 64u) * 64u + ((v16 / 2048u) % 2u) * 32u + (v16 % 32u);
      let v18: f32 = work[262144u + (v17 / 64u) * 64u + (v17 % 64u)];
      let v19: u32 = v0 * 2048u + min(n0 + 2u, 63u) * 32u + k;
      let v20: u32 = (v19 / 4096u) * 4096u + ((v19 / 32u) % 64u) * 64u + ((v19 / 2048u) % 2u) * 32u + (v19 % 32u);
      let v21: f32 = work[262144u + (v20 / 64u) * 64u + (v20 % 64u)];
      let v22: u32 = v0 * 2048u + min(n0 + 3u, 63u) * 32u + k;
      let v23: u32 = (v22 / 4096u) * 4096u + ((v22 / 32u) % 64u) * 64u + ((v22 / 2048u) % 2u) * 32u + (v22 % 32u);
      let v24: f32 = work[262144u + (v23 / 64u) * 64u + (v23 % 64u)];
      acc_0_0 = fma(v3, v15, acc_0_0);
      acc_0_1 = fma(v3, v18, acc_0_1);
      acc_0_2 = fma(v3, v21, acc_0_2);
      acc_0_3 = fma(v3, v24, acc_0_3);
      acc_1_0 = fma(v6, v15, acc_1_0);
      acc_1_1 = fma(v6, v18, acc_1_1);
      acc_1_2 = fma(v6, v21, acc_1_2);
      acc_1_3 = fma(v6, v24, acc_1_3);
      acc_2_0 = fma(v9, v15, acc_2_0);
      acc_2_1 = fma(v9, v18, acc_2_1);
      acc_2_2 = fma(v9, v21, acc_2_2);
      acc_2_3 = fma(v9, v24, acc_2_3);
      acc_3_0 = fma(v12, v15, acc_3_0);
      acc_3_1 = fma(v12, v18, acc_3_1);
      acc_3_2 = fma(v12, v21, acc_3_2);
      acc_3_3 = fma(v12, v24, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 64u) {
      work[524288u + v0 * 4096u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_softmax (reduce, 64 workgroups, predict.005.encoded_attn_softmax.wgsl) from specs/text-classifier.model:16
// encoded_attn_softmax: reduce kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 4096u; r += stride) {
    var acc0: f32 = -3.4028234e38f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      acc0 = max(acc0, v2);
    }
    var acc3: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v5: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v6: f32 = (v5 - acc0);
      let v7: f32 = exp(v6);
      acc3 += v7;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v8: f32 = (work[524288u + (r / 64u) * 4096u + (r % 64u) * 64u + j] * 0.1767766922712326f);
      let v9: f32 = (v8 - acc0);
      let v10: f32 = exp(v9);
      let v11: f32 = (v10 / acc3);
      work[131072u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v11;
    }
  }
}
// ---- encoded_attn_matmul_4 (matmul, 128 workgroups, predict.006.encoded_attn_matmul_4.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_4: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let v0: u32 = t / 128u;
    let rem = t % 128u;
    let m0 = (rem / 8u) * 4u;
    let n0 = (rem % 8u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v1: f32 = work[131072u + v0 * 4096u + m0 * 64u + k];
      let v2: f32 = work[131072u + v0 * 4096u + min(m0 + 1u, 63u) * 64u + k];
      let v3: f32 = work[131072u + v0 * 4096u + min(m0 + 2u, 63u) * 64u + k];
      let v4: f32 = work[131072u + v0 * 4096u + min(m0 + 3u, 63u) * 64u + k];
      let v5: u32 = v0 * 2048u + k * 32u + n0;
      let v6: u32 = (v5 / 4096u) * 4096u + ((v5 / 32u) % 64u) * 64u + ((v5 / 2048u) % 2u) * 32u + (v5 % 32u);
      let v7: f32 = work[393216u + (v6 / 64u) * 64u + (v6 % 64u)];
      let v8: u32 = v0 * 2048u + k * 32u + min(n0 + 1u, 31u);
      let v9: u32 = (v8 / 4096u) * 4096u + ((v8 / 32u) % 64u) * 64u + ((v8 / 2048u) % 2u) * 32u + (v8 % 32u);
      let v10: f32 = work[393216u + (v9 / 64u) * 64u + (v9 % 64u)];
      let v11: u32 = v0 * 2048u + k * 32u + min(n0 + 2u, 31u);
      let v12: u32 = (v11 / 4096u) * 4096u + ((v11 / 32u) % 64u) * 64u + ((v11 / 2048u) % 2u) * 32u + (v11 % 32u);
      let v13: f32 = work[393216u + (v12 / 64u) * 64u + (v12 % 64u)];
      let v14: u32 = v0 * 2048u + k * 32u + min(n0 + 3u, 31u);
      let v15: u32 = (v14 / 4096u) * 4096u + ((v14 / 32u) % 64u) * 64u + ((v14 / 2048u) % 2u) * 32u + (v14 % 32u);
      let v16: f32 = work[393216u + (v15 / 64u) * 64u + (v15 % 64u)];
      acc_0_0 = fma(v1, v7, acc_0_0);
      acc_0_1 = fma(v1, v10, acc_0_1);
      acc_0_2 = fma(v1, v13, acc_0_2);
      acc_0_3 = fma(v1, v16, acc_0_3);
      acc_1_0 = fma(v2, v7, acc_1_0);
      acc_1_1 = fma(v2, v10, acc_1_1);
      acc_1_2 = fma(v2, v13, acc_1_2);
      acc_1_3 = fma(v2, v16, acc_1_3);
      acc_2_0 = fma(v3, v7, acc_2_0);
      acc_2_1 = fma(v3, v10, acc_2_1);
      acc_2_2 = fma(v3, v13, acc_2_2);
      acc_2_3 = fma(v3, v16, acc_2_3);
      acc_3_0 = fma(v4, v7, acc_3_0);
      acc_3_1 = fma(v4, v10, acc_3_1);
      acc_3_2 = fma(v4, v13, acc_3_2);
      acc_3_3 = fma(v4, v16, acc_3_3);
    }
    if (m0 + 0u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + n0] = acc_0_0;
    }
    if (m0 + 0u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + m0 * 32u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + n0] = acc_1_0;
    }
    if (m0 + 1u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 1u) * 32u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + n0] = acc_2_0;
    }
    if (m0 + 2u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 2u) * 32u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 64u && n0 + 0u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + n0] = acc_3_0;
    }
    if (m0 + 3u < 64u && n0 + 1u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 64u && n0 + 2u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 64u && n0 + 3u < 32u) {
      work[524288u + v0 * 2048u + (m0 + 3u) * 32u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_attn_matmul_5 (matmul, 128 workgroups, predict.007.encoded_attn_matmul_5.wgsl) from specs/text-classifier.model:16
// encoded_attn_matmul_5: matmul kernel (mdlc)
// from specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: u32 = (v0 / 4096u) * 4096u + ((v0 / 32u) % 2u) * 2048u + ((v0 / 64u) % 64u) * 32u + (v0 % 32u);
      let v2: f32 = work[524288u + (v1 / 2048u) * 2048u + ((v1 / 32u) % 64u) * 32u + (v1 % 32u)];
      let v3: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v4: u32 = (v3 / 4096u) * 4096u + ((v3 / 32u) % 2u) * 2048u + ((v3 / 64u) % 64u) * 32u + (v3 % 32u);
      let v5: f32 = work[524288u + (v4 / 2048u) * 2048u + ((v4 / 32u) % 64u) * 32u + (v4 % 32u)];
      let v6: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v7: u32 = (v6 / 4096u) * 4096u + ((v6 / 32u) % 2u) * 2048u + ((v6 / 64u) % 64u) * 32u + (v6 % 32u);
      let v8: f32 = work[524288u + (v7 / 2048u) * 2048u + ((v7 / 32u) % 64u) * 32u + (v7 % 32u)];
      let v9: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v10: u32 = (v9 / 4096u) * 4096u + ((v9 / 32u) % 2u) * 2048u + ((v9 / 64u) % 64u) * 32u + (v9 % 32u);
      let v11: f32 = work[524288u + (v10 / 2048u) * 2048u + ((v10 / 32u) % 64u) * 32u + (v10 % 32u)];
      let v12: f32 = params[144576u + k * 64u + n0];
      let v13: f32 = params[144576u + k * 64u + min(n0 + 1u, 63u)];
      let v14: f32 = params[144576u + k * 64u + min(n0 + 2u, 63u)];
      let v15: f32 = params[144576u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v2, v12, acc_0_0);
      acc_0_1 = fma(v2, v13, acc_0_1);
      acc_0_2 = fma(v2, v14, acc_0_2);
      acc_0_3 = fma(v2, v15, acc_0_3);
      acc_1_0 = fma(v5, v12, acc_1_0);
      acc_1_1 = fma(v5, v13, acc_1_1);
      acc_1_2 = fma(v5, v14, acc_1_2);
      acc_1_3 = fma(v5, v15, acc_1_3);
      acc_2_0 = fma(v8, v12, acc_2_0);
      acc_2_1 = fma(v8, v13, acc_2_1);
      acc_2_2 = fma(v8, v14, acc_2_2);
      acc_2_3 = fma(v8, v15, acc_2_3);
      acc_3_0 = fma(v11, v12, acc_3_0);
      acc_3_1 = fma(v11, v13, acc_3_1);
      acc_3_2 = fma(v11, v14, acc_3_2);
      acc_3_3 = fma(v11, v15, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[131072u + m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[131072u + m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[131072u + m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[131072u + m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[131072u + (m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[131072u + (m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_h_norm (reduce, 32 workgroups, predict.008.encoded_h_norm.wgsl) from specs/text-classifier.model:17, specs/text-classifier.model:16
// encoded_h_norm: reduce kernel (mdlc)
// from specs/text-classifier.model:17, specs/text-classifier.model:16
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[148672u + v3];
      let v5: f32 = (work[131072u + (v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[148672u + v10];
      let v12: f32 = (work[131072u + (v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    for (var j = 0u; j < 64u + opaque; j++) {
      let v17: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v18: u32 = (v17 % 64u);
      let v19: f32 = params[148672u + v18];
      let v20: f32 = (work[131072u + (v17 / 64u) * 64u + (v17 % 64u)] + v19);
      let v21: f32 = (work[(r / 64u) * 4096u + (r % 64u) * 64u + j] + v20);
      let v22: f32 = (acc0 * 0.015625f);
      let v23: f32 = (v21 - v22);
      let v24: f32 = (acc7 * 0.015625f);
      let v25: f32 = (v24 + 9.999999974752427e-7f);
      let v26: f32 = sqrt(v25);
      let v27: f32 = (v23 / v26);
      let v28: f32 = params[148736u + j];
      let v29: f32 = (v27 * v28);
      let v30: f32 = params[148800u + j];
      let v31: f32 = (v29 + v30);
      work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v31;
    }
  }
}
// ---- encoded_f_matmul (matmul, 256 workgroups, predict.009.encoded_f_matmul.wgsl) from specs/text-classifier.model:18
// encoded_f_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 16384u; t += stride) {
    let rem = t % 16384u;
    let m0 = (rem / 32u) * 4u;
    let n0 = (rem % 32u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[262144u + (v0 / 4096u) * 4096u + ((v0 / 64u) % 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 64u + k;
      let v3: f32 = work[262144u + (v2 / 4096u) * 4096u + ((v2 / 64u) % 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 64u + k;
      let v5: f32 = work[262144u + (v4 / 4096u) * 4096u + ((v4 / 64u) % 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 64u + k;
      let v7: f32 = work[262144u + (v6 / 4096u) * 4096u + ((v6 / 64u) % 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[148864u + k * 128u + n0];
      let v9: f32 = params[148864u + k * 128u + min(n0 + 1u, 127u)];
      let v10: f32 = params[148864u + k * 128u + min(n0 + 2u, 127u)];
      let v11: f32 = params[148864u + k * 128u + min(n0 + 3u, 127u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 128u) {
      work[m0 * 128u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 128u) {
      work[m0 * 128u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 128u) {
      work[m0 * 128u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 128u) {
      work[m0 * 128u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 1u) * 128u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 1u) * 128u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 2u) * 128u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 2u) * 128u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 128u) {
      work[(m0 + 3u) * 128u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 128u) {
      work[(m0 + 3u) * 128u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_f_relu (elementwise, 4096 workgroups, predict.010.encoded_f_relu.wgsl) from specs/text-classifier.model:18
// encoded_f_relu: elementwise kernel (mdlc)
// from specs/text-classifier.model:18
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 262144u; i += stride) {
    let v0: u32 = (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u);
    let v1: u32 = (v0 % 128u);
    let v2: f32 = params[157056u + v1];
    let v3: f32 = (work[(v0 / 128u) * 128u + (v0 % 128u)] + v2);
    let v4: f32 = max(v3, 0.0f);
    work[393216u + (i / 8192u) * 8192u + ((i / 128u) % 64u) * 128u + (i % 128u)] = v4;
  }
}
// ---- encoded_g_matmul (matmul, 128 workgroups, predict.011.encoded_g_matmul.wgsl) from specs/text-classifier.model:19
// encoded_g_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:19
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8192u; t += stride) {
    let rem = t % 8192u;
    let m0 = (rem / 16u) * 4u;
    let n0 = (rem % 16u) * 4u;
    var acc_0_0: f32 = 0.0f;
    var acc_0_1: f32 = 0.0f;
    var acc_0_2: f32 = 0.0f;
    var acc_0_3: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_1_1: f32 = 0.0f;
    var acc_1_2: f32 = 0.0f;
    var acc_1_3: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_2_1: f32 = 0.0f;
    var acc_2_2: f32 = 0.0f;
    var acc_2_3: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    var acc_3_1: f32 = 0.0f;
    var acc_3_2: f32 = 0.0f;
    var acc_3_3: f32 = 0.0f;
    for (var k = 0u; k < 128u + opaque; k++) {
      let v0: u32 = m0 * 128u + k;
      let v1: f32 = work[393216u + (v0 / 8192u) * 8192u + ((v0 / 128u) % 64u) * 128u + (v0 % 128u)];
      let v2: u32 = min(m0 + 1u, 2047u) * 128u + k;
      let v3: f32 = work[393216u + (v2 / 8192u) * 8192u + ((v2 / 128u) % 64u) * 128u + (v2 % 128u)];
      let v4: u32 = min(m0 + 2u, 2047u) * 128u + k;
      let v5: f32 = work[393216u + (v4 / 8192u) * 8192u + ((v4 / 128u) % 64u) * 128u + (v4 % 128u)];
      let v6: u32 = min(m0 + 3u, 2047u) * 128u + k;
      let v7: f32 = work[393216u + (v6 / 8192u) * 8192u + ((v6 / 128u) % 64u) * 128u + (v6 % 128u)];
      let v8: f32 = params[157184u + k * 64u + n0];
      let v9: f32 = params[157184u + k * 64u + min(n0 + 1u, 63u)];
      let v10: f32 = params[157184u + k * 64u + min(n0 + 2u, 63u)];
      let v11: f32 = params[157184u + k * 64u + min(n0 + 3u, 63u)];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_0_1 = fma(v1, v9, acc_0_1);
      acc_0_2 = fma(v1, v10, acc_0_2);
      acc_0_3 = fma(v1, v11, acc_0_3);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_1_1 = fma(v3, v9, acc_1_1);
      acc_1_2 = fma(v3, v10, acc_1_2);
      acc_1_3 = fma(v3, v11, acc_1_3);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_2_1 = fma(v5, v9, acc_2_1);
      acc_2_2 = fma(v5, v10, acc_2_2);
      acc_2_3 = fma(v5, v11, acc_2_3);
      acc_3_0 = fma(v7, v8, acc_3_0);
      acc_3_1 = fma(v7, v9, acc_3_1);
      acc_3_2 = fma(v7, v10, acc_3_2);
      acc_3_3 = fma(v7, v11, acc_3_3);
    }
    if (m0 + 0u < 2048u && n0 + 0u < 64u) {
      work[m0 * 64u + n0] = acc_0_0;
    }
    if (m0 + 0u < 2048u && n0 + 1u < 64u) {
      work[m0 * 64u + (n0 + 1u)] = acc_0_1;
    }
    if (m0 + 0u < 2048u && n0 + 2u < 64u) {
      work[m0 * 64u + (n0 + 2u)] = acc_0_2;
    }
    if (m0 + 0u < 2048u && n0 + 3u < 64u) {
      work[m0 * 64u + (n0 + 3u)] = acc_0_3;
    }
    if (m0 + 1u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 1u) * 64u + n0] = acc_1_0;
    }
    if (m0 + 1u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 1u)] = acc_1_1;
    }
    if (m0 + 1u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 2u)] = acc_1_2;
    }
    if (m0 + 1u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 1u) * 64u + (n0 + 3u)] = acc_1_3;
    }
    if (m0 + 2u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 2u) * 64u + n0] = acc_2_0;
    }
    if (m0 + 2u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 1u)] = acc_2_1;
    }
    if (m0 + 2u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 2u)] = acc_2_2;
    }
    if (m0 + 2u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 2u) * 64u + (n0 + 3u)] = acc_2_3;
    }
    if (m0 + 3u < 2048u && n0 + 0u < 64u) {
      work[(m0 + 3u) * 64u + n0] = acc_3_0;
    }
    if (m0 + 3u < 2048u && n0 + 1u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 1u)] = acc_3_1;
    }
    if (m0 + 3u < 2048u && n0 + 2u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 2u)] = acc_3_2;
    }
    if (m0 + 3u < 2048u && n0 + 3u < 64u) {
      work[(m0 + 3u) * 64u + (n0 + 3u)] = acc_3_3;
    }
  }
}
// ---- encoded_output_sum (reduce, 32 workgroups, predict.012.encoded_output_sum.wgsl) from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
// encoded_output_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:20, specs/text-classifier.model:19, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v3: u32 = (v2 % 64u);
      let v4: f32 = params[165376u + v3];
      let v5: f32 = (work[(v2 / 64u) * 64u + (v2 % 64u)] + v4);
      let v6: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v5);
      acc0 += v6;
    }
    var acc7: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v9: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v10: u32 = (v9 % 64u);
      let v11: f32 = params[165376u + v10];
      let v12: f32 = (work[(v9 / 64u) * 64u + (v9 % 64u)] + v11);
      let v13: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v12);
      let v14: f32 = (acc0 * 0.015625f);
      let v15: f32 = (v13 - v14);
      let v16: f32 = (v15 * v15);
      acc7 += v16;
    }
    work[393216u + (r / 64u) * 64u + (r % 64u)] = acc7;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v17: u32 = (r / 64u) * 4096u + (r % 64u) * 64u + j;
      let v18: u32 = (v17 % 64u);
      let v19: f32 = params[165376u + v18];
      let v20: f32 = (work[(v17 / 64u) * 64u + (v17 % 64u)] + v19);
      let v21: f32 = (work[262144u + (r / 64u) * 4096u + (r % 64u) * 64u + j] + v20);
      let v22: f32 = (acc0 * 0.015625f);
      let v23: f32 = (v21 - v22);
      work[131072u + (r / 64u) * 4096u + (r % 64u) * 64u + j] = v23;
    }
  }
}
// ---- pooled_sum (reduce, 32 workgroups, predict.013.pooled_sum.wgsl) from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
// pooled_sum: reduce kernel (mdlc)
// from specs/text-classifier.model:26, specs/text-classifier.model:20, specs/text-classifier.model:17
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var r = gid.x; r < 2048u; r += stride) {
    var acc0: f32 = 0.0f;
    for (var j = 0u; j < 64u + opaque; j++) {
      let v2: f32 = (work[393216u + (r / 64u) * 64u + j] * 0.015625f);
      let v3: f32 = (v2 + 9.999999974752427e-7f);
      let v4: f32 = sqrt(v3);
      let v5: f32 = (work[131072u + (r / 64u) * 4096u + j * 64u + (r % 64u)] / v4);
      let v6: u32 = (r % 64u);
      let v7: f32 = params[165440u + v6];
      let v8: f32 = (v5 * v7);
      let v9: u32 = (r % 64u);
      let v10: f32 = params[165504u + v9];
      let v11: f32 = (v8 + v10);
      acc0 += v11;
    }
    let v12: f32 = (acc0 * 0.015625f);
    work[(r / 64u) * 64u + (r % 64u)] = v12;
  }
}
// ---- logit_matmul (matmul, 1 workgroups, predict.014.logit_matmul.wgsl) from specs/text-classifier.model:27, specs/text-classifier.model:26
// logit_matmul: matmul kernel (mdlc)
// from specs/text-classifier.model:27, specs/text-classifier.model:26
@group(0) @binding(0) var<storage, read> params: array<f32>;
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var t = gid.x; t < 8u; t += stride) {
    let rem = t % 8u;
    let m0 = (rem / 1u) * 4u;
    let n0 = (rem % 1u) * 1u;
    var acc_0_0: f32 = 0.0f;
    var acc_1_0: f32 = 0.0f;
    var acc_2_0: f32 = 0.0f;
    var acc_3_0: f32 = 0.0f;
    for (var k = 0u; k < 64u + opaque; k++) {
      let v0: u32 = m0 * 64u + k;
      let v1: f32 = work[(v0 / 64u) * 64u + (v0 % 64u)];
      let v2: u32 = min(m0 + 1u, 31u) * 64u + k;
      let v3: f32 = work[(v2 / 64u) * 64u + (v2 % 64u)];
      let v4: u32 = min(m0 + 2u, 31u) * 64u + k;
      let v5: f32 = work[(v4 / 64u) * 64u + (v4 % 64u)];
      let v6: u32 = min(m0 + 3u, 31u) * 64u + k;
      let v7: f32 = work[(v6 / 64u) * 64u + (v6 % 64u)];
      let v8: f32 = params[165568u + k];
      acc_0_0 = fma(v1, v8, acc_0_0);
      acc_1_0 = fma(v3, v8, acc_1_0);
      acc_2_0 = fma(v5, v8, acc_2_0);
      acc_3_0 = fma(v7, v8, acc_3_0);
    }
    if (m0 + 0u < 32u && n0 + 0u < 1u) {
      let v9: f32 = params[165632u];
      let v10: f32 = (acc_0_0 + v9);
      work[2048u + m0] = v10;
    }
    if (m0 + 1u < 32u && n0 + 0u < 1u) {
      let v11: f32 = params[165632u];
      let v12: f32 = (acc_1_0 + v11);
      work[2048u + (m0 + 1u)] = v12;
    }
    if (m0 + 2u < 32u && n0 + 0u < 1u) {
      let v13: f32 = params[165632u];
      let v14: f32 = (acc_2_0 + v13);
      work[2048u + (m0 + 2u)] = v14;
    }
    if (m0 + 3u < 32u && n0 + 0u < 1u) {
      let v15: f32 = params[165632u];
      let v16: f32 = (acc_3_0 + v15);
      work[2048u + (m0 + 3u)] = v16;
    }
  }
}
// ---- probability_sigmoid (elementwise, 1 workgroups, predict.015.probability_sigmoid.wgsl) from specs/text-classifier.model:28
// probability_sigmoid: elementwise kernel (mdlc)
// from specs/text-classifier.model:28
@group(0) @binding(3) var<storage, read_write> work: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let stride = nwg.x * 64u;
  let opaque = select(0u, 1u, nwg.z == 0xffffffffu);
  for (var i = gid.x; i < 32u; i += stride) {
    let v0: f32 = (1.0f / (1.0f + exp(-work[2048u + i])));
    work[i] = v0;
  }
}
