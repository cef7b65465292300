"""Chinese, Japanese and Korean personal names, by their family names.

Pure data and one test. A name in these scripts is written without spaces (or with one
between family and given name in Japanese), family name first; the family names below are
the most common ones (the Chinese "hundred family names" most in use, in simplified and
traditional forms; Japan's most common family names; Korea's most common family names), which
cover most people. A short run of characters after a "：" is a name only when it opens with
one of them: "机器学习：入门" ("Machine learning: a primer") stays a title.
"""

from __future__ import annotations

import re

_CHINESE = frozenset(
    "王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅 郑 "
    "鄭 梁 谢 謝 宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 "
    "苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 付 傅 "
    "方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 閻 段 雷 侯 龙 龍 史 陶 黎 贺 賀 顾 顧 毛 郝 龚 龔 邵 万 "
    "萬 钱 錢 严 嚴 覃 武 戴 莫 孔 向 汤 湯 温 溫 康 施 文 牛 樊 葛 邢 安 齐 齊 易 乔 喬 伍 庞 龐 "
    "颜 顏 倪 庄 莊 聂 聶 章 鲁 魯 岳 翟 殷 詹 申 欧 歐 耿 关 關 兰 蘭 焦 俞 左 柳 甘 祝 包 宁 寧 "
    "尚 符 舒 阮 柯 纪 紀 梅 童 凌 毕 畢 单 單 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 駱 蓝 藍 路 游 "
    "辛 靳 管 柴 蒙 鲍 鮑 华 華 喻 祁 蒲 房 滕 屈 饶 饒 解 牟 艾 尤 阳 陽 时 時 穆 农 農 司 卓 古 "
    "吉 缪 繆 简 簡 车 車 项 項 连 連 芦 蘆 麦 麥 褚 娄 婁 窦 竇 戚 岑 景 党 黨 宫 宮 费 費 卜 冷 "
    "晏 席 卫 衛 米 柏 宗 瞿 桂 全 佟 应 應 臧 闵 閔 苟 邬 鄔 边 邊 卞 姬 师 師 和 仇 栾 欒 隋 商 "
    "刁 沙 荣 榮 巫 寇 桑 郎 甄 丛 叢 仲 虞 敖 巩 鞏 明 佘 池 查 麻 苑 迟 遲 邝 鄺 官 封 谈 談 匡 "
    "鞠 惠 荆 荊 乐 樂 冀 郁 胥 南 班 储 儲 原 栗 燕 楚 鄢 劳 勞 谌 諶 奚 皮 粟 冼 蔺 藺 楼 樓 盘 "
    "盤 满 滿 闻 聞 位 厉 厲 伊 仝 区 區 郜 海 阚 闞 花 权 權 强 強 帅 帥 屠 豆 朴 盖 蓋 练 練 廉 "
    "禹 井 祖 漆 巴 丰 豐 支 卿 国 國 狄 平 计 計 索 宣 晋 晉 相 初 门 門 云 雲 容 敬 来 來 扈 晁 "
    "芮 都 普 阙 闕 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 烏 母 裘 亓 修 邰 赫 杭 况 況 那 宿 鲜 鮮 印 "
    "逯 隆 茹 诸 諸 战 戰 慕 危 玉 银 銀 亢 嵇 公 哈 湛 宾 賓 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 "
    "斯 元 束 檀 衣 信 展 阴 陰 昝 智 幸 奉 植 衡 富 尧 堯 闭 閉 由 欧阳 歐陽 司马 司馬 上官 诸葛 "
    "諸葛 东方 東方 皇甫 令狐 慕容 尉迟 尉遲 公孙 公孫".split()
)
_JAPANESE = frozenset(
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 "
    "木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 "
    "後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 "
    "竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 "
    "谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 "
    "千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 "
    "吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関 中田 久保田 服部 東 岩田 "
    "土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 馬場 浅野 荒木 "
    "大久保 小池 熊谷 松下 大石 星野 竹田 足立 早川 宮田 浜田 濱田 内藤 堀 片山 松村 小西 荒井 "
    "石橋 須藤 川村 坂口 北川 伊東 岡崎 望月 大谷 堀内 小澤 小沢 森本 今村 齋藤 齊藤 長田 梅田 "
    "奥村 奥田 宮下 寺田 大川 大竹 上原 松浦 平井 桑原 小田 田辺 田邊 金井 根本 八木 富田 関口 "
    "西山 吉岡 黒田 松永 矢野 広瀬 廣瀬 森下 尾崎 岩井 堀田".split()
)
_KOREAN = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 "
    "하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
    "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 "
    "선우 독고".split()
)
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff々]{2,4}$")  # "张伟", "山田太郎"
_HAN_SPACED = re.compile(r"^([\u4e00-\u9fff々]{1,3})\s([\u4e00-\u9fff\u3040-\u30ff々]{1,3})$")  # "山田 太郎"
_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")  # "박태웅"


def is_cjk_name(text: str) -> bool:
    """A Chinese, Japanese or Korean personal name: two to four characters opening with a
    common family name ("张伟", "山田太郎", "山田 太郎", "박태웅")."""
    text = text.strip()
    spaced = _HAN_SPACED.match(text)
    if spaced:
        return spaced.group(1) in _JAPANESE or spaced.group(1) in _CHINESE
    if _HAN_NAME.match(text):
        return any(len(text) > len(family) for family in _family_prefixes(text))
    if _HANGUL_NAME.match(text):
        return text[0] in _KOREAN or text[:2] in _KOREAN
    return False


def _family_prefixes(text: str) -> list[str]:
    return [text[:n] for n in (1, 2, 3) if text[:n] in _CHINESE or text[:n] in _JAPANESE]
