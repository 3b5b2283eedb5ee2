/**
 * Words that carry no topic in customers' questions ("怎么", "吗", "我的"). Dropped from queries only,
 * never from the index, so a phrase in a title still matches whole.
 */
export const QUERY_STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 了 吗 呢 啊 呀 吧 嘛 么 哦 哈 啦 呗 着 过 得 地 之 ' +
    '我 我的 我们 你 你们 您 他 她 它 他们 自己 这 那 这个 那个 这样 那样 ' +
    '怎么 怎么样 怎样 如何 什么 啥 咋 为什么 为啥 哪 哪里 哪儿 哪个 哪些 谁 时候 什么时候 ' +
    '是 有 在 和 与 及 或 或者 还是 就 也 都 还 又 再 才 很 太 好 会 能 能否 可以 可不可以 ' +
    '要 想 需要 被 把 给 让 对 向 从 跟 去 来 到 一下 一个 请问 请 问 一直 总是 怎么回事 回事 ' +
    'the a an of to is are how what can do does i my'
  ).split(/\s+/),
)
