import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { deviceStatusLabels, RADIATION_DEVICE_TYPES, type DeviceStatus } from '@skhcn/domain';
import { useField } from '@skhcn/one-stop-ui';
import { PagedResults, PageHeader, SelectField } from '@skhcn/ui';
import { DevicesTable } from '../components/devices-table.component';
import { useFilterParams } from './search-params';

/** /cap-phep/thiet-bi — the radiation equipment inventory of the province, by type and status. */
export function DevicesPage() {
  const field = useField();
  const { params, update, page } = useFilterParams();
  const type = params.get('loai') ?? '';
  const status = params.get('trang-thai') ?? '';
  const trpc = useTRPC();
  const known = RADIATION_DEVICE_TYPES.some((d) => d.type === type);
  const list = useQuery(
    trpc.licensing.devices.list.queryOptions(
      {
        page,
        pageSize: 20,
        ...(known ? { type: type } : {}),
        ...(status in deviceStatusLabels ? { status: status as DeviceStatus } : {}),
      },
      { placeholderData: keepPreviousData },
    ),
  );
  useEffect(() => {
    document.title = `Thiết bị bức xạ – ${field.title}`;
  }, [field.title]);
  return (
    <>
      <PageHeader
        title="Thiết bị bức xạ"
        description="Danh mục thiết bị X-quang và thiết bị phát tia X trên địa bàn, cập nhật từ các khai báo đã xác nhận."
      />
      <div className="skh-filters" role="group" aria-label="Lọc thiết bị">
        <SelectField
          label="Loại thiết bị"
          placeholder="Tất cả"
          options={RADIATION_DEVICE_TYPES.map((d) => ({ value: d.type, label: d.label }))}
          value={type}
          onChange={(e) => update({ loai: e.target.value })}
        />
        <SelectField
          label="Trạng thái"
          placeholder="Tất cả"
          options={(Object.keys(deviceStatusLabels) as DeviceStatus[]).map((s) => ({
            value: s,
            label: deviceStatusLabels[s],
          }))}
          value={status}
          onChange={(e) => update({ 'trang-thai': e.target.value })}
        />
      </div>
      <PagedResults
        query={list}
        noun="thiết bị"
        loadingLabel="Đang tải thiết bị…"
        errorTitle="Không tải được danh mục thiết bị"
        errorMessage={getErrorMessage}
        empty={{ title: 'Không có thiết bị nào phù hợp', description: 'Thử bỏ bộ lọc.' }}
        onPageChange={(p) => update({ trang: p > 1 ? String(p) : undefined }, true)}
      >
        {(data) => <DevicesTable devices={data.items} caption="Thiết bị" showHolder />}
      </PagedResults>
    </>
  );
}
