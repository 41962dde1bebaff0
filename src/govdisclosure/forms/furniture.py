"""Page furniture: the words of web-page chrome around a report (navigation, sharing, printing,
crawler headers). Data only; lines made of these words are never a title or a section.
"""

from __future__ import annotations

FURNITURE_WORDS: tuple[str, ...] = (
    "当前位置", "您当前的位置", "您的位置", "您现在的位置", "首页", "网站首页", "返回首页",
    "页面", "配色", "辅助线", "重置", "简体版", "繁体版", "简体", "繁體", "支持IPv6", "无障碍",
    "分享", "微信", "头条", "微博", "空间", "qq", "QQ空间", "QQ", "全真版", "文字版",
    "字体", "字号", "大", "中", "小", "打印", "打印本页", "关闭", "关闭窗口", "收藏", "返回顶部",
    "扫一扫在手机打开当前页", "扫一扫", "视力保护色", "默认", "护眼",
    "文件下载", "附件下载", "附件", "关联文件", "相关链接", "相关文件", "下载",
    "浏览次数", "点击数", "访问量", "阅读次数", "【", "】", "[", "]", ":", "：", "|", ">", ">>", "-->",
)
"""Words that make up chrome lines (after splitting a line on spaces and separators)."""

LOCATION_PREFIXES: tuple[str, ...] = ("当前位置", "您当前的位置", "您的位置", "您现在的位置")
"""How a breadcrumb line starts (``当前位置：首页 > 政务公开 > …``)."""

FURNITURE_PREFIXES: tuple[str, ...] = (
    *LOCATION_PREFIXES, "页面链接与图片详见", "本地目录", "原文链接",
    "栏目:", "栏目：", "【字体", "字体:", "字号:", "分享到", "扫一扫", "====",
)
"""A line starting with one of these is chrome whatever follows."""

HEADER_LABELS: tuple[str, ...] = (
    "发布时间", "发布日期", "成文日期", "发文日期", "时间", "日期", "来源", "信息来源", "发布机构",
    "发文机关", "索引号", "文号", "发文字号", "标题", "栏目", "主题分类", "分类", "主题词", "公开方式", "公开范围",
    "浏览次数", "点击数",
)
"""Labels of the metadata block pages print above the text (``发布时间：2019-03-14``)."""

BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "»", "›", "→", "＞")
"""What separates the steps of a breadcrumb (``首页 > 政务公开 > 年度报告``): in crawler text on one
line, a step followed by one of these is navigation, never the title."""
