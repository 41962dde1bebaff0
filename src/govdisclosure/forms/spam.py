"""Injected spam: the gambling and betting words that defaced mirror pages put into report text.

Data only. Every entry names a betting site or brand, or is an SEO compound no report prints
(``雷速体育``, ``即时比分``, ``体育投注``). Words a report may print about enforcement or public
lotteries (赌博, 博彩, 福利彩票, 体育彩票, 棋牌室, 体育局) are deliberately absent:
``tests/inputs/test_spam.py`` checks that they are not flagged. Matched on the folded text, so
full-width letters and traditional characters are covered; Latin letters ignore case.
"""

from __future__ import annotations

SPAM_WORDS: tuple[str, ...] = (
    # sports-score and live-stream sites used as SEO carriers
    "雷速体育", "雷速直播", "雷速比分", "球探体育", "球探比分", "即时比分", "比分直播", "足球比分直播",
    "英超直播", "nba直播", "jrs直播", "企鹅直播", "看球直播",
    # betting brands
    "开云体育", "开云app", "开云官网", "乐鱼体育", "华体会", "九游会", "九游体育", "半岛体育", "星空体育",
    "爱游戏体育", "亚博体育", "亚博app", "博亚体育", "必威体育", "米乐体育", "kok体育", "ob体育", "bob体育",
    "沙巴体育", "皇冠体育", "皇冠足球", "皇冠网址", "金宝博", "威廉希尔", "bet365", "365bet", "188bet",
    "12bet", "bet9", "万博体育", "万博app", "澳门新葡京", "新葡京", "葡京娱乐", "威尼斯人娱乐",
    "澳门威尼斯人", "金沙娱乐", "澳门金沙", "太阳城娱乐", "永利娱乐", "银河娱乐", "凯发娱乐", "ag真人",
    # betting and casino games, as SEO phrases
    "真人视讯", "真人娱乐", "真人百家乐", "六合宝典", "时时彩", "北京赛车", "北京pk10",
    "幸运飞艇", "大发快三", "分分彩", "电子游艺", "在线赌场", "网上赌场", "网络赌场",
    "赌球网", "外围投注", "体育投注", "足球投注", "篮球投注", "在线投注", "网上投注", "投注平台", "投注网站",
    "博彩网址", "菠菜网", "注册送彩金", "开户送彩金", "首存送",
)
"""Words of injected gambling and betting spam (lower case)."""

SPAM_SEPARATORS = ",，、;；|/ \t"
"""Characters that join spam words into one injected run (``雷速体育,雷速直播``)."""
