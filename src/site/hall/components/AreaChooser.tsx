import type { ProvinceChoice } from '../areas'
import { AreaLink } from './AreaLink'

/** Provinces, each with its cities; the choice is remembered in the browser (see AreaLink). */
export function AreaChooser({ choices }: { choices: ProvinceChoice[] }) {
  if (choices.length === 0) return <p>暂无可选地区。</p>
  return (
    <ul className="hall-areas">
      {choices.map(({ province, cities }) => (
        <li key={province.code} className="hall-areas__province">
          <h2 className="hall-areas__name" id={`area-${province.code}`}>
            {province.name}
          </h2>
          <ul className="hall-areas__links" aria-labelledby={`area-${province.code}`}>
            <li>
              <AreaLink code={province.code}>
                {/* 北京市, 上海市 …: municipalities are provinces whose whole is a city. */}
                {province.name.endsWith('市') ? '全市' : '全省'}
                <span className="visually-hidden">（{province.name}）</span>
              </AreaLink>
            </li>
            {cities.map((city) => (
              <li key={city.code}>
                <AreaLink code={city.code}>{city.name}</AreaLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
