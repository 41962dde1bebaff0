from govdisclosure_page_views import PageViewsExtractor

from govdisclosure.testing import check_extractor


def test_reads_the_visits():
    """The column's visits are read into consultation.page_views."""
    check_extractor(PageViewsExtractor(), "2014年政府信息公开专栏访问量达69598人次。", {"consultation.page_views": 69598})


def test_nothing_without_a_sentence():
    """A report that says nothing of visits yields nothing."""
    check_extractor(PageViewsExtractor(), "全年主动公开政府信息12条。", {"consultation.page_views": None})
