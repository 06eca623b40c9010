-- POST the sample workbook to /api/validate as a raw .xlsx body (wrk -s validate.lua).
local f = assert(io.open(os.getenv("OFFICEINFRA_LOAD_WORKBOOK"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
