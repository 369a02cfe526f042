import { Button, Card, TextField } from '@skhcn/ui';
import { emptyProduct, type ProductDraft } from './declaration-draft';
import type { SectionProps } from './intake-section';

/** 3. The products declared (a nominal quantity for prepackaged goods, an HS code for imports). */
export function ProductsSection({ draft, set, errors, kind }: SectionProps) {
  const setProduct = (key: number, changes: Partial<ProductDraft>) =>
    set({ products: draft.products.map((p) => (p.key === key ? { ...p, ...changes } : p)) });
  return (
    <Card title="3. Sản phẩm, hàng hóa">
      {draft.products.map((p, i) => (
        <fieldset key={p.key} className="skh-fieldset">
          <legend>Sản phẩm {i + 1}</legend>
          <TextField
            id={`decl-products-${i}-name`}
            label="Tên sản phẩm, hàng hóa"
            required
            value={p.name}
            error={errors[`decl-products-${i}-name`]}
            onChange={(e) => setProduct(p.key, { name: e.target.value })}
          />
          <div className="skh-row">
            <TextField
              id={`decl-products-${i}-model`}
              label="Kiểu, loại, mẫu mã"
              value={p.model}
              error={errors[`decl-products-${i}-model`]}
              onChange={(e) => setProduct(p.key, { model: e.target.value })}
            />
            <TextField
              id={`decl-products-${i}-brand`}
              label="Nhãn hiệu"
              value={p.brand}
              error={errors[`decl-products-${i}-brand`]}
              onChange={(e) => setProduct(p.key, { brand: e.target.value })}
            />
          </div>
          <div className="skh-row">
            <TextField
              id={`decl-products-${i}-hsCode`}
              label="Mã HS"
              required={kind === 'import_inspection'}
              hint="4, 6 hoặc 8 chữ số, ví dụ 8516.10.10"
              value={p.hsCode}
              error={errors[`decl-products-${i}-hsCode`]}
              onChange={(e) => setProduct(p.key, { hsCode: e.target.value })}
            />
            <TextField
              id={`decl-products-${i}-origin`}
              label="Xuất xứ"
              required
              value={p.origin}
              error={errors[`decl-products-${i}-origin`]}
              onChange={(e) => setProduct(p.key, { origin: e.target.value })}
            />
          </div>
          {kind === 'quantity_mark' ? (
            <div className="skh-row">
              <TextField
                id={`decl-products-${i}-quantityValue`}
                label="Lượng danh định"
                required
                inputMode="decimal"
                value={p.quantityValue}
                error={errors[`decl-products-${i}-quantityValue`]}
                onChange={(e) => setProduct(p.key, { quantityValue: e.target.value })}
              />
              <TextField
                id={`decl-products-${i}-quantityUnit`}
                label="Đơn vị đo"
                required
                hint="Ví dụ: g, kg, ml, l"
                value={p.quantityUnit}
                error={errors[`decl-products-${i}-quantityUnit`]}
                onChange={(e) => setProduct(p.key, { quantityUnit: e.target.value })}
              />
            </div>
          ) : null}
          {draft.products.length > 1 ? (
            <Button
              variant="link"
              onClick={() => set({ products: draft.products.filter((x) => x.key !== p.key) })}
            >
              Xóa sản phẩm {i + 1}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => set({ products: [...draft.products, emptyProduct()] })}>
        Thêm sản phẩm
      </Button>
    </Card>
  );
}
