"""Figures from ../shared/eval/score.py's JSON that the bench scripts report."""


def micro_f1(block, types):
    """Micro F1 (percent) over `types`, from score.py's per-type tp / n_gold / n_pred counts."""
    tp = sum(block[t]["tp"] for t in types)
    gold = sum(block[t]["n_gold"] for t in types)
    pred = sum(block[t]["n_pred"] for t in types)
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 100 * (2 * p * r / (p + r) if p + r else 0.0)
