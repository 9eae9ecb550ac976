#!/usr/bin/python3
"""Spherical k-means word clusters from fastText vectors, three nested levels.

usage: cluster.py VEC OUT.clusters [--vocab 200000] [--k 64,256,1024] [--seed 1]
                  [--show word,word,...]

VEC is fastText's text output (.vec): a "N DIM" header, then one word per
line with its vector, most frequent word first (fastText sorts its dictionary
by count), so the first --vocab words are the most frequent ones with count
>= fastText's -minCount.  The end-of-line token </s> and all-zero vectors are skipped.

Vectors are L2-normalised, mean-centred, re-normalised and clustered with spherical (cosine) k-means
(k-means++ seeding on a sample, Lloyd iterations on the unit sphere) at the
finest level (1024).  The coarser levels are built by clustering the finer
level's centroids, weighted by cluster size (1024 -> 256 -> 64), so every
fine cluster lies inside exactly one coarse cluster, like a Brown-cluster
path prefix.  Ids are renumbered so that each level's ids are contiguous
inside their parent (c1024 ids of one c256 cluster are consecutive, ...).

Output: word<TAB>c64<TAB>c256<TAB>c1024, most frequent word first.
"""
import argparse
import sys
import time

import numpy as np


def read_vec(path, limit):
    words, rows = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        n, dim = map(int, f.readline().split())
        for line in f:
            parts = line.rstrip(" \n").split(" ")
            if parts[0] == "</s>" or len(parts) != dim + 1:
                continue
            v = np.asarray(parts[1:], dtype=np.float32)
            if not np.any(v):  # a handful of words come out of fastText as all-zero: skip
                continue
            words.append(parts[0])
            rows.append(v)
            if len(words) >= limit:
                break
    X = np.vstack(rows)
    # unit length, remove the common direction all fastText vectors share, unit again
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-8)
    X -= X.mean(axis=0)
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-8)
    return words, X


def kmeanspp(X, k, rng, w=None, sample=60000):
    """k-means++ seeding (cosine distance 1 - x.c) on a sample of rows."""
    n = X.shape[0]
    if n > sample:
        p = None if w is None else w / w.sum()
        idx = rng.choice(n, sample, replace=False, p=p)
        S, ws = X[idx], None
    else:
        S, ws = X, w
    m = S.shape[0]
    C = np.empty((k, X.shape[1]), dtype=np.float32)
    first = rng.integers(m)
    C[0] = S[first]
    d = np.maximum(1.0 - S @ C[0], 0.0)
    for j in range(1, k):
        pr = d if ws is None else d * ws
        tot = pr.sum()
        c = rng.integers(m) if tot <= 0 else rng.choice(m, p=pr / tot)
        C[j] = S[c]
        d = np.minimum(d, np.maximum(1.0 - S @ C[j], 0.0))
    return C


def assign(X, C, chunk=40000):
    lab = np.empty(X.shape[0], dtype=np.int64)
    sim = np.empty(X.shape[0], dtype=np.float32)
    for s in range(0, X.shape[0], chunk):
        S = X[s:s + chunk] @ C.T
        lab[s:s + chunk] = S.argmax(1)
        sim[s:s + chunk] = S[np.arange(S.shape[0]), lab[s:s + chunk]]
    return lab, sim


def spherical_kmeans(X, k, rng, w=None, iters=25, tol=2e-3, name=""):
    t0 = time.time()
    C = kmeanspp(X, k, rng, w)
    wt = np.ones(X.shape[0], dtype=np.float32) if w is None else w.astype(np.float32)
    lab = None
    for it in range(iters):
        new, sim = assign(X, C)
        changed = X.shape[0] if lab is None else int((new != lab).sum())
        lab = new
        C = np.zeros_like(C)
        np.add.at(C, lab, X * wt[:, None])
        sizes = np.bincount(lab, minlength=k)
        empty = np.where(sizes == 0)[0]
        if len(empty):  # reseed empty clusters with the worst-fitting points
            worst = np.argsort(sim)[: len(empty)]
            C[empty] = X[worst]
            lab[worst] = empty
        C /= np.maximum(np.linalg.norm(C, axis=1, keepdims=True), 1e-8)
        sys.stderr.write("  k=%d%s iter %d: %d changed, mean cos %.4f\n"
                         % (k, name, it, changed, float(sim.mean())))
        if changed <= tol * X.shape[0]:
            break
    lab, sim = assign(X, C)
    sys.stderr.write("  k=%d%s done in %.1fs\n" % (k, name, time.time() - t0))
    return lab, C


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vec")
    ap.add_argument("out")
    ap.add_argument("--vocab", type=int, default=200000)
    ap.add_argument("--k", default="64,256,1024")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", default="")
    a = ap.parse_args()
    ks = sorted(int(x) for x in a.k.split(","))  # coarse ... fine
    rng = np.random.default_rng(a.seed)

    words, X = read_vec(a.vec, a.vocab)
    sys.stderr.write("%d words, dim %d\n" % X.shape)

    # finest level on the words themselves
    labs = {}
    lab, C = spherical_kmeans(X, ks[-1], rng, name=" (words)")
    labs[ks[-1]] = lab
    # coarser levels: cluster the finer centroids, weighted by cluster size
    parent = {}
    fine_k, fine_C = ks[-1], C
    for k in reversed(ks[:-1]):
        sizes = np.bincount(labs[fine_k], minlength=fine_k).astype(np.float64)
        plab, pC = spherical_kmeans(fine_C, k, rng, w=sizes, iters=100, tol=0, name=" (centroids)")
        parent[fine_k] = plab          # fine cluster id -> coarse cluster id
        labs[k] = plab[labs[fine_k]]
        fine_k, fine_C = k, pC

    # renumber so that children are contiguous inside their parent
    newid = {ks[0]: np.arange(ks[0])}
    for i in range(1, len(ks)):
        k, pk = ks[i], ks[i - 1]
        par_new = newid[pk][parent[k]]            # parent's new id per fine cluster
        perm = np.lexsort((np.arange(k), par_new))
        nid = np.empty(k, dtype=np.int64)
        nid[perm] = np.arange(k)
        newid[k] = nid
    final = {k: newid[k][labs[k]] for k in ks}

    with open(a.out, "w", encoding="utf-8") as f:
        for i, w in enumerate(words):
            f.write(w + "\t" + "\t".join(str(int(final[k][i])) for k in ks) + "\n")
    sys.stderr.write("wrote %s\n" % a.out)

    if a.show:
        idx = {w: i for i, w in enumerate(words)}
        kf = ks[-1]
        for w in a.show.split(","):
            if w not in idx:
                print("%s: (not in vocabulary)" % w)
                continue
            i = idx[w]
            mates = np.where(final[kf] == final[kf][i])[0]
            sims = X[mates] @ X[i]
            top = [words[j] for j in mates[np.argsort(-sims)] if j != i][:15]
            print("%s (c%d=%d, %d words; c%d=%d, c%d=%d): %s" % (
                w, kf, final[kf][i], len(mates), ks[1], final[ks[1]][i], ks[0], final[ks[0]][i],
                " ".join(top)))


if __name__ == "__main__":
    main()
