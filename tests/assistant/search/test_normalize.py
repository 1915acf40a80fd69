import pytest

from assistant.search.normalize import HAS_T2S, fold, fold_with_map, to_original


@pytest.mark.parametrize("text, folded", [
    ("ＴＫ１", "tk1"),          # full-width letters and digits
    ("TK1", "tk1"),
    ("催发货", "催发货"),
    ("Straße", "strasse"),      # casefold
    ("退款　说明", "退款 说明"),  # ideographic space
    ("😊发货", "😊发货"),        # emoji kept
])
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.skipif(not HAS_T2S, reason="no traditional->simplified converter installed")
@pytest.mark.parametrize("text, folded", [("發貨", "发货"), ("還款", "还款"), ("銀行", "银行"), ("請注意", "请注意")])
def test_traditional_folds_to_simplified(text, folded):
    assert fold(text) == folded


def test_fold_keeps_positions_aligned_or_maps_them():
    folded, origin = fold_with_map("退款說明")
    assert origin is None and len(folded) == 4
    folded, origin = fold_with_map("㈱退款")  # NFKC expands the first character
    assert folded.endswith("退款")
    assert to_original([folded.index("退"), folded.index("款")], origin) == (1, 2)
